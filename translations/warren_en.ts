<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DisplayFormat</name>
    <message>
        <location filename="../widgets/models/display_format.cpp" line="22"/>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/display_format.cpp" line="33"/>
        <source>–</source>
        <comment>unknown offset or lag</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageExport</name>
    <message>
        <location filename="../widgets/models/message_export.cpp" line="183"/>
        <location filename="../widgets/models/message_export.cpp" line="188"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageSearch</name>
    <message>
        <location filename="../widgets/models/message_search.cpp" line="62"/>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/message_search.cpp" line="63"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/message_search.cpp" line="64"/>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/message_search.cpp" line="65"/>
        <source>Routing key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadFormat</name>
    <message numerus="yes">
        <location filename="../widgets/models/payload_format.cpp" line="69"/>
        <source>… %n more byte(s) not shown</source>
        <translation>
            <numerusform>… %n more byte not shown</numerusform>
            <numerusform>… %n more bytes not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordExport</name>
    <message>
        <location filename="../widgets/models/record_export.cpp" line="134"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyEdgeItem</name>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="416"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="418"/>
        <source>Default exchange → queue %1 (implicit binding, routing key = queue name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="420"/>
        <source>Dead letters of queue %1 go to exchange %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="423"/>
        <source>with their own routing keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="424"/>
        <source>with routing key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="427"/>
        <source>Routing key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="427"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="429"/>
        <source>Arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="431"/>
        <source>≈ %1 msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="457"/>
        <source>dead letters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyNodeItem</name>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="49"/>
        <source>(AMQP default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="135"/>
        <source>more consumers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/views/topology_items.cpp" line="145"/>
        <source>+%n more consumer(s)</source>
        <translation>
            <numerusform>+%n more consumer</numerusform>
            <numerusform>+%n more consumers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="157"/>
        <source> · internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="159"/>
        <source> · %1 msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="163"/>
        <source>%1 ready · %2 unacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="166"/>
        <source>#%1 ch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="179"/>
        <location filename="../widgets/views/topology_items.cpp" line="195"/>
        <source>durable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="179"/>
        <location filename="../widgets/views/topology_items.cpp" line="195"/>
        <source>transient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="181"/>
        <location filename="../widgets/views/topology_items.cpp" line="199"/>
        <source>auto-delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="183"/>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/views/topology_items.cpp" line="184"/>
        <source>%1 exchange in vhost %2 (%3) · %n binding(s) out</source>
        <translation>
            <numerusform>%1 exchange in vhost %2 (%3) · %n binding out</numerusform>
            <numerusform>%1 exchange in vhost %2 (%3) · %n bindings out</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="186"/>
        <source> · published %1 msg/s · routed %2 msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="189"/>
        <location filename="../widgets/views/topology_items.cpp" line="205"/>
        <source> · arguments %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="197"/>
        <source>exclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/views/topology_items.cpp" line="200"/>
        <source>Queue in vhost %1 (%2) · %3 ready, %4 unacked · %n consumer(s)</source>
        <translation>
            <numerusform>Queue in vhost %1 (%2) · %3 ready, %4 unacked · %n consumer</numerusform>
            <numerusform>Queue in vhost %1 (%2) · %3 ready, %4 unacked · %n consumers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="203"/>
        <source> · in %1 msg/s · out %2 msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="211"/>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="212"/>
        <source>#%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="213"/>
        <source>Consumer on queue %1 · connection %2, channel %3 · %4 ack · prefetch %5 · %6 unacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="216"/>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="216"/>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="217"/>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/views/topology_items.cpp" line="221"/>
        <source>%n more consumer(s) on queue %1, listed in the Queues tab</source>
        <translation>
            <numerusform>%n more consumer on queue %1, listed in the Queues tab</numerusform>
            <numerusform>%n more consumers on queue %1, listed in the Queues tab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/command_line.cpp" line="25"/>
        <source>Warren: a message broker you can see into (AMQP 0-9-1).

Users (then exit): --add-user NAME PASSWORD [--tags T,T], --delete-user NAME, --change-password NAME PASSWORD, --set-user-tags NAME T,T, --add-vhost NAME, --delete-vhost NAME, --set-permissions USER VHOST CONF WRITE READ, --clear-permissions USER VHOST, --list-users (with --data-dir DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="35"/>
        <source>Run the broker without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="37"/>
        <source>AMQP listener port (0 = any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="40"/>
        <source>Kafka listener port (0 = any free port, &apos;off&apos; = no Kafka listener).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="44"/>
        <source>Host Kafka clients are told to connect to (default: the bind address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="48"/>
        <source>Require SASL/PLAIN login (the broker&apos;s users) from Kafka clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="51"/>
        <source>Partitions of auto-created topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="54"/>
        <source>Do not create unknown Kafka topics on first use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="57"/>
        <source>When data counts as durable: always (fsync first), interval (group commit, default) or never (page cache).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="62"/>
        <source>Group-commit interval for --durability interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="66"/>
        <source>Memory per queue for ready messages; beyond it they page out to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="69"/>
        <source>Address to listen on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="72"/>
        <source>Directory for the broker&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="75"/>
        <source>error, warning, info or debug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="78"/>
        <source>Worker threads (0 = one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="81"/>
        <source>Start the broker on free ports with a demo workload and a temporary data directory, write one PNG per view of the window into &lt;dir&gt;, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::app::BrokerController</name>
    <message>
        <location filename="../app/broker_controller.cpp" line="33"/>
        <source>The broker is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/broker_controller.cpp" line="34"/>
        <source>The broker is stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/broker_controller.cpp" line="36"/>
        <source>Running: AMQP 0-9-1 on %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/broker_controller.cpp" line="38"/>
        <source>, Kafka on %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/broker_controller.cpp" line="39"/>
        <source>; data in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/broker_controller.cpp" line="48"/>
        <source>“%1” is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/broker_controller.cpp" line="63"/>
        <source>cannot create data directory &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui_app.cpp" line="111"/>
        <source>The broker did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::BindingTableModel</name>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="112"/>
        <source>Every queue is bound to the default exchange with its own name as the routing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="114"/>
        <source>Estimated: the broker counts messages per exchange and per queue, not per binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="132"/>
        <source>(AMQP default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="140"/>
        <source>In</source>
        <comment>binding into the exchange or queue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="140"/>
        <source>Out</source>
        <comment>binding out of the exchange</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="143"/>
        <source>queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="143"/>
        <source>exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="166"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="167"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="168"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="169"/>
        <source>Destination type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="170"/>
        <source>Routing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="171"/>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="172"/>
        <source>≈ msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="178"/>
        <source>In: bound to this; Out: this exchange routes through it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="179"/>
        <source>Messages per second through the binding, estimated from the exchange and queue counters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::BrowsedMessageModel</name>
    <message>
        <location filename="../widgets/models/browsed_message_model.cpp" line="62"/>
        <source>(AMQP default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/browsed_message_model.cpp" line="64"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/models/browsed_message_model.cpp" line="89"/>
        <source>Delivered %n time(s) before</source>
        <translation>
            <numerusform>Delivered %n time before</numerusform>
            <numerusform>Delivered %n times before</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/models/browsed_message_model.cpp" line="91"/>
        <source>Only the first %1 were fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/browsed_message_model.cpp" line="93"/>
        <source>Paged out: held in the queue&apos;s log on disk, not in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/browsed_message_model.cpp" line="103"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/browsed_message_model.cpp" line="104"/>
        <source>Routing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/browsed_message_model.cpp" line="105"/>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/browsed_message_model.cpp" line="106"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/browsed_message_model.cpp" line="107"/>
        <source>Redelivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/browsed_message_model.cpp" line="108"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/browsed_message_model.cpp" line="109"/>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/browsed_message_model.cpp" line="110"/>
        <source>Message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/browsed_message_model.cpp" line="111"/>
        <source>Timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/browsed_message_model.cpp" line="112"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::CloseGuard</name>
    <message>
        <location filename="../widgets/views/close_guard.cpp" line="71"/>
        <source>Close Warren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/close_guard.cpp" line="72"/>
        <source>The broker is running. Keep it running in the background, or stop it and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/close_guard.cpp" line="74"/>
        <source>Stopping closes every client connection (CONNECTION_FORCED) after flushing data to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/close_guard.cpp" line="76"/>
        <source>Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/close_guard.cpp" line="77"/>
        <source>Stop and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/close_guard.cpp" line="80"/>
        <source>Remember my choice (change it in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/close_guard.cpp" line="96"/>
        <source>Warren — the broker is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/close_guard.cpp" line="98"/>
        <source>Show Warren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/close_guard.cpp" line="100"/>
        <source>Stop the broker and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/close_guard.cpp" line="112"/>
        <source>Warren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/close_guard.cpp" line="112"/>
        <source>The broker keeps running in the background.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::ConnectionActions</name>
    <message>
        <location filename="../widgets/views/connection_actions.cpp" line="20"/>
        <location filename="../widgets/views/connection_actions.cpp" line="21"/>
        <source>Close connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/connection_actions.cpp" line="24"/>
        <source>Close the selected connections (AMQP clients get connection.close 320 CONNECTION_FORCED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/connection_actions.cpp" line="38"/>
        <source>Close connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/connection_actions.cpp" line="91"/>
        <source>Close the %1 connection from %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/connection_actions.cpp" line="92"/>
        <source>Close the %1 connection from %2 (%3)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/connection_actions.cpp" line="94"/>
        <source>Close these %1 connections?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/connection_actions.cpp" line="97"/>
        <source>AMQP clients are told “CONNECTION_FORCED - Closed via management UI” (320); Kafka clients see their socket close and may reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/connection_actions.cpp" line="103"/>
        <source>Connection %1 closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/connection_actions.cpp" line="104"/>
        <source>Could not close connection %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::ConnectionTableModel</name>
    <message>
        <location filename="../widgets/models/connection_table_model.cpp" line="101"/>
        <source>%1 %2</source>
        <comment>client product and version</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/connection_table_model.cpp" line="133"/>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/connection_table_model.cpp" line="134"/>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/connection_table_model.cpp" line="135"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/connection_table_model.cpp" line="136"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/connection_table_model.cpp" line="137"/>
        <source>Virtual host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/connection_table_model.cpp" line="138"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/connection_table_model.cpp" line="139"/>
        <source>From client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/connection_table_model.cpp" line="140"/>
        <source>To client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/connection_table_model.cpp" line="141"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/connection_table_model.cpp" line="147"/>
        <source>Product and version from the client properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/connection_table_model.cpp" line="148"/>
        <source>Bytes received from the client per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/connection_table_model.cpp" line="149"/>
        <source>Bytes sent to the client per second</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::ConsumerGroupTableModel</name>
    <message>
        <location filename="../widgets/models/consumer_group_table_model.cpp" line="66"/>
        <source>Leader: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_group_table_model.cpp" line="79"/>
        <source>%1 (%2)</source>
        <comment>protocol type (assignor)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_group_table_model.cpp" line="113"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_group_table_model.cpp" line="114"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_group_table_model.cpp" line="115"/>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_group_table_model.cpp" line="116"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_group_table_model.cpp" line="117"/>
        <source>Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_group_table_model.cpp" line="118"/>
        <source>Total lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_group_table_model.cpp" line="124"/>
        <source>Protocol type and the assignor the group agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_group_table_model.cpp" line="125"/>
        <source>Rebalance generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_group_table_model.cpp" line="126"/>
        <source>Records not yet consumed: high watermark − committed offset, summed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::ConsumerGroupsPage</name>
    <message>
        <location filename="../widgets/views/consumer_groups_page.cpp" line="46"/>
        <source>groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/consumer_groups_page.cpp" line="47"/>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/consumer_groups_page.cpp" line="48"/>
        <source>partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/consumer_groups_page.cpp" line="126"/>
        <source>Members (select a group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/consumer_groups_page.cpp" line="127"/>
        <source>Lag per partition (select a group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/consumer_groups_page.cpp" line="128"/>
        <source>Total lag, last 5 minutes (select a group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/consumer_groups_page.cpp" line="130"/>
        <source>Members of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/consumer_groups_page.cpp" line="131"/>
        <source>Lag per partition of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/consumer_groups_page.cpp" line="132"/>
        <source>Total lag of “%1”, last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::ConsumerTableModel</name>
    <message>
        <location filename="../widgets/models/consumer_table_model.cpp" line="89"/>
        <source>Connection #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_table_model.cpp" line="90"/>
        <source>Connection #%1 from %2, user %3, client %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_table_model.cpp" line="95"/>
        <source>The client acknowledges each message (basic.ack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_table_model.cpp" line="96"/>
        <source>Messages count as acknowledged when sent (no-ack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_table_model.cpp" line="111"/>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_table_model.cpp" line="112"/>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_table_model.cpp" line="114"/>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_table_model.cpp" line="114"/>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_table_model.cpp" line="115"/>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_table_model.cpp" line="118"/>
        <source>%1 (waiting: single active consumer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_table_model.cpp" line="142"/>
        <source>Consumer tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_table_model.cpp" line="143"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_table_model.cpp" line="144"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_table_model.cpp" line="145"/>
        <source>Ack mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_table_model.cpp" line="146"/>
        <source>Prefetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_table_model.cpp" line="147"/>
        <source>Unacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_table_model.cpp" line="148"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_table_model.cpp" line="154"/>
        <source>manual: basic.ack expected; auto: no-ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_table_model.cpp" line="155"/>
        <source>Most unacknowledged messages the consumer may hold (basic.qos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_table_model.cpp" line="156"/>
        <source>Delivered to this consumer and not yet acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_table_model.cpp" line="158"/>
        <source>Consumer priority (x-priority): higher-priority consumers get messages while they have credit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::DepthChart</name>
    <message>
        <location filename="../widgets/plots/depth_chart.cpp" line="49"/>
        <source>messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/depth_chart.cpp" line="60"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/depth_chart.cpp" line="61"/>
        <source>Unacked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::EventLogModel</name>
    <message>
        <location filename="../widgets/models/event_log_model.cpp" line="74"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/event_log_model.cpp" line="75"/>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/event_log_model.cpp" line="76"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/event_log_model.cpp" line="77"/>
        <source>Binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/event_log_model.cpp" line="78"/>
        <source>Consumer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/event_log_model.cpp" line="79"/>
        <source>Protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/event_log_model.cpp" line="80"/>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/event_log_model.cpp" line="82"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/event_log_model.cpp" line="128"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/event_log_model.cpp" line="129"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/event_log_model.cpp" line="130"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::EventLogPage</name>
    <message>
        <location filename="../widgets/views/event_log_page.cpp" line="55"/>
        <source>Filter events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/event_log_page.cpp" line="58"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/event_log_page.cpp" line="61"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/event_log_page.cpp" line="63"/>
        <source>Clear the list (the broker keeps its log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/event_log_page.cpp" line="86"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/event_log_page.cpp" line="126"/>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/event_log_page.cpp" line="126"/>
        <source>%1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::ExchangeTableModel</name>
    <message>
        <location filename="../widgets/models/exchange_table_model.cpp" line="81"/>
        <source>The default exchange: routes to the queue named by the routing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/exchange_table_model.cpp" line="102"/>
        <source>(AMQP default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/exchange_table_model.cpp" line="128"/>
        <source>D</source>
        <comment>durable exchange</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/exchange_table_model.cpp" line="130"/>
        <source>AD</source>
        <comment>auto-delete exchange</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/exchange_table_model.cpp" line="132"/>
        <source>I</source>
        <comment>internal exchange</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/exchange_table_model.cpp" line="134"/>
        <source>Args</source>
        <comment>exchange has arguments</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/exchange_table_model.cpp" line="141"/>
        <source>durable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/exchange_table_model.cpp" line="141"/>
        <source>transient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/exchange_table_model.cpp" line="143"/>
        <source>auto-delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/exchange_table_model.cpp" line="145"/>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/exchange_table_model.cpp" line="147"/>
        <source>arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/exchange_table_model.cpp" line="157"/>
        <source>Virtual host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/exchange_table_model.cpp" line="158"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/exchange_table_model.cpp" line="159"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/exchange_table_model.cpp" line="160"/>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/exchange_table_model.cpp" line="161"/>
        <source>Bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/exchange_table_model.cpp" line="162"/>
        <source>In msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/exchange_table_model.cpp" line="163"/>
        <source>Out msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/exchange_table_model.cpp" line="164"/>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/exchange_table_model.cpp" line="170"/>
        <source>D = durable, AD = auto-delete, I = internal, Args = has arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/exchange_table_model.cpp" line="171"/>
        <source>Bindings with this exchange as source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/exchange_table_model.cpp" line="172"/>
        <source>Messages published to the exchange per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/exchange_table_model.cpp" line="173"/>
        <source>Queue deliveries routed by the exchange per second</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::ExchangesPage</name>
    <message>
        <location filename="../widgets/views/exchanges_page.cpp" line="41"/>
        <source>exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/exchanges_page.cpp" line="44"/>
        <source>bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/exchanges_page.cpp" line="135"/>
        <source>(AMQP default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/exchanges_page.cpp" line="136"/>
        <source>Bindings (select an exchange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/exchanges_page.cpp" line="137"/>
        <source>Bindings of “%1” in vhost %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/exchanges_page.cpp" line="155"/>
        <source>Select an exchange to see its bindings and rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/exchanges_page.cpp" line="158"/>
        <source>Published %1 msg/s · routed %2 msg/s to queues · unroutable %3 msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/exchanges_page.cpp" line="162"/>
        <source> · every queue is implicitly bound to it by its own name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/views/exchanges_page.cpp" line="168"/>
        <source> · %n message(s) scheduled</source>
        <translation>
            <numerusform> · %n message scheduled</numerusform>
            <numerusform> · %n messages scheduled</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/views/exchanges_page.cpp" line="170"/>
        <source>, next due %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::GroupActions</name>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="266"/>
        <source>Reset offsets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="293"/>
        <source>Reset offsets of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="296"/>
        <source>Every topic it committed offsets for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="308"/>
        <source>every partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="311"/>
        <source>Earliest (the log start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="312"/>
        <source>Latest (the end: skip everything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="313"/>
        <source>A given offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="314"/>
        <source>The first record at or after a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="321"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="328"/>
        <source>Kafka allows this only while the group has no active members: stop its consumers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="333"/>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="334"/>
        <source>Partition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="335"/>
        <source>Reset to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="336"/>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="338"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="367"/>
        <source>Offsets of group “%1” reset on %2 partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="368"/>
        <source>Could not reset group “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::GroupLagTableModel</name>
    <message>
        <location filename="../widgets/models/group_lag_table_model.cpp" line="82"/>
        <source>No committed offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/group_lag_table_model.cpp" line="121"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/group_lag_table_model.cpp" line="122"/>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/group_lag_table_model.cpp" line="123"/>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/group_lag_table_model.cpp" line="124"/>
        <source>High watermark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/group_lag_table_model.cpp" line="125"/>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/group_lag_table_model.cpp" line="131"/>
        <source>Offset the group committed (the next record it will read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/group_lag_table_model.cpp" line="132"/>
        <source>Offset the next produced record will get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/group_lag_table_model.cpp" line="133"/>
        <source>High watermark − committed offset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::GroupMemberTableModel</name>
    <message>
        <location filename="../widgets/models/group_member_table_model.cpp" line="59"/>
        <source>%1: %2</source>
        <comment>topic: partitions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/group_member_table_model.cpp" line="128"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/group_member_table_model.cpp" line="139"/>
        <source>Member id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/group_member_table_model.cpp" line="140"/>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/group_member_table_model.cpp" line="141"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/group_member_table_model.cpp" line="142"/>
        <source>Assigned partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/group_member_table_model.cpp" line="147"/>
        <source>Topic-partitions assigned to the member in the current generation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::LagChart</name>
    <message>
        <location filename="../widgets/plots/lag_chart.cpp" line="31"/>
        <source>records behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/lag_chart.cpp" line="37"/>
        <location filename="../widgets/plots/lag_chart.cpp" line="102"/>
        <source>Total lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/lag_chart.cpp" line="102"/>
        <source>Total lag of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="52"/>
        <source>connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="64"/>
        <source>Warren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="74"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="80"/>
        <source>Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="89"/>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="92"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="93"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="94"/>
        <source>Publish test messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="96"/>
        <source>Send AMQP messages or Kafka records through the broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="132"/>
        <location filename="../widgets/views/main_window.cpp" line="236"/>
        <source>Not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="133"/>
        <source>Waiting for the broker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="234"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="237"/>
        <source>Listening: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="243"/>
        <source>Connections: %1   Publish: %2   Deliver: %3   Kafka produce: %4   Kafka fetch: %5 msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="263"/>
        <source>Topics (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="264"/>
        <source>Consumer groups (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="260"/>
        <source>Exchanges (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="261"/>
        <source>Queues (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="262"/>
        <source>Connections (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::OverviewPage</name>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="31"/>
        <source>Listeners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="35"/>
        <location filename="../widgets/views/overview_page.cpp" line="146"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="39"/>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="43"/>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="44"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="45"/>
        <source>Consumers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="46"/>
        <source>Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="47"/>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="48"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="49"/>
        <source>Unacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="51"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="52"/>
        <source>Partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="53"/>
        <source>Consumer groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="56"/>
        <source>Memory (process)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="57"/>
        <source>In queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="58"/>
        <source>Paged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="59"/>
        <source>Queue logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="60"/>
        <source>Ready messages beyond their queue&apos;s memory budget, kept only on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="65"/>
        <source>Message rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="67"/>
        <source>msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="68"/>
        <source>bytes/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="78"/>
        <location filename="../widgets/views/overview_page.cpp" line="90"/>
        <source>Redelivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="79"/>
        <source>Deliveries of messages that were delivered before (requeued or recovered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="80"/>
        <source>Kafka produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="81"/>
        <source>Kafka fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="88"/>
        <source>Produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="88"/>
        <source>Fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="95"/>
        <source>Kafka produced and fetched, last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="138"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="75"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="76"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="77"/>
        <location filename="../widgets/views/overview_page.cpp" line="89"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="91"/>
        <source>AMQP message rates, last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="117"/>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::PartitionTableModel</name>
    <message>
        <location filename="../widgets/models/partition_table_model.cpp" line="79"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/partition_table_model.cpp" line="120"/>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/partition_table_model.cpp" line="121"/>
        <source>Log start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/partition_table_model.cpp" line="122"/>
        <source>High watermark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/partition_table_model.cpp" line="123"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/partition_table_model.cpp" line="124"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/partition_table_model.cpp" line="125"/>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/partition_table_model.cpp" line="131"/>
        <source>Offset of the oldest record kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/partition_table_model.cpp" line="132"/>
        <source>Offset the next record will get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/partition_table_model.cpp" line="133"/>
        <source>High watermark − log start offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/partition_table_model.cpp" line="134"/>
        <source>Log segment files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::PayloadView</name>
    <message>
        <location filename="../widgets/views/payload_view.cpp" line="23"/>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/payload_view.cpp" line="24"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/payload_view.cpp" line="25"/>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/payload_view.cpp" line="26"/>
        <location filename="../widgets/views/payload_view.cpp" line="107"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/payload_view.cpp" line="27"/>
        <source>How to show the bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/payload_view.cpp" line="84"/>
        <source>(null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/payload_view.cpp" line="111"/>
        <source>first %1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/payload_view.cpp" line="114"/>
        <source>not valid text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/payload_view.cpp" line="119"/>
        <source>binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/payload_view.cpp" line="123"/>
        <source>too large to format as JSON: shown as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/payload_view.cpp" line="123"/>
        <location filename="../widgets/views/payload_view.cpp" line="124"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/payload_view.cpp" line="123"/>
        <location filename="../widgets/views/payload_view.cpp" line="124"/>
        <source>hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/payload_view.cpp" line="124"/>
        <source>not JSON: shown as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/payload_view.cpp" line="126"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::PublishDialog</name>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="521"/>
        <source>Publish test messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::PublishPanel</name>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="57"/>
        <source>AMQP message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="58"/>
        <source>Kafka record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="78"/>
        <source>How many messages to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="84"/>
        <source> msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="85"/>
        <source>as fast as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="86"/>
        <source>Messages per second for a repeated send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="90"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="101"/>
        <source>Messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="104"/>
        <source>Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="129"/>
        <source>The exchange to publish to; “%1” routes by queue name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="129"/>
        <location filename="../widgets/views/publish_panel.cpp" line="130"/>
        <location filename="../widgets/views/publish_panel.cpp" line="289"/>
        <source>(AMQP default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="133"/>
        <source>e.g. orders.created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="137"/>
        <source>Transient (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="138"/>
        <source>Persistent (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="146"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="149"/>
        <source>milliseconds, e.g. 60000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="152"/>
        <source>e.g. msg-{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="153"/>
        <location filename="../widgets/views/publish_panel.cpp" line="212"/>
        <source>key=value, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="154"/>
        <source>Message body; {n} becomes the message number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="156"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="158"/>
        <source>Virtual host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="159"/>
        <source>Exchange:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="160"/>
        <source>Routing key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="162"/>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="164"/>
        <source>Delivery mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="165"/>
        <source>Content type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="166"/>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="167"/>
        <source>Expiration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="168"/>
        <source>Message id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="169"/>
        <location filename="../widgets/views/publish_panel.cpp" line="223"/>
        <source>Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="174"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="184"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="198"/>
        <source>topic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="203"/>
        <source>by key (round robin without one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="206"/>
        <source>e.g. customer-{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="207"/>
        <source>No key (null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="213"/>
        <source>Record value; {n} becomes the record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="215"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="217"/>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="218"/>
        <source>Partition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="222"/>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="224"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="234"/>
        <source>Produce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="308"/>
        <source>Header line %1 is not key=value: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="355"/>
        <source>Choose a virtual host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="371"/>
        <source>Choose or type a topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="396"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="396"/>
        <source>Sending %1 messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="422"/>
        <location filename="../widgets/views/publish_panel.cpp" line="433"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="426"/>
        <source>Unroutable: no binding matched, the message was dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="427"/>
        <source>Routed to 1 queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="428"/>
        <source>Routed to %1 queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="436"/>
        <source>Partition %1, offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="471"/>
        <source>Sent %1 of %2 · last: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="485"/>
        <source>%1 routed, %2 unroutable, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="487"/>
        <source>%1 stored, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="488"/>
        <source>Stopped after %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="489"/>
        <source>Done: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="491"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="492"/>
        <source>%1 (%2) · last: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="511"/>
        <source>The broker is not running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::QueueActions</name>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="113"/>
        <source>Purge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="115"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="135"/>
        <source>Drop every ready message of queue “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="136"/>
        <source>Drop every ready message of these %1 queues?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="137"/>
        <source>Purge queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="141"/>
        <source>Queue “%1” purged: %2 messages dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="142"/>
        <source>Could not purge queue “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="152"/>
        <source>Delete queue “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="153"/>
        <source>Delete these %1 queues?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="154"/>
        <source>Its messages are dropped and its consumers are cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="155"/>
        <source>Delete queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="159"/>
        <source>Queue “%1” deleted with %2 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="160"/>
        <source>Could not delete queue “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::QueueMessageBrowser</name>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="74"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="83"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="86"/>
        <source>Auto-refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="90"/>
        <source>Re-publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="96"/>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="96"/>
        <location filename="../widgets/views/queue_message_browser.cpp" line="97"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="97"/>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="97"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="102"/>
        <source>Fetch the messages again. Browsing only looks: nothing is consumed or redelivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="105"/>
        <source>Position of the first message to fetch (0 = the next one to be delivered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="109"/>
        <source>How many messages to fetch (at most 1,000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/views/queue_message_browser.cpp" line="111"/>
        <source>Fetch again every %n second(s) while this tab is shown</source>
        <translation>
            <numerusform>Fetch again every %n second while this tab is shown</numerusform>
            <numerusform>Fetch again every %n seconds while this tab is shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="114"/>
        <source>Search the fetched messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="120"/>
        <source>Where to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="122"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="123"/>
        <source>Save the listed messages (those the search keeps) as JSON or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="126"/>
        <source>JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="127"/>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="130"/>
        <source>Publish copies of the selected messages, with their properties, to an exchange. The originals stay in this queue: a message cannot be removed without consuming it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="161"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="162"/>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="163"/>
        <location filename="../widgets/views/queue_message_browser.cpp" line="347"/>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="167"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="169"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="266"/>
        <source>Fetching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="282"/>
        <source>Cannot browse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="291"/>
        <source>No ready messages (unacknowledged ones are not shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="292"/>
        <source>No messages from position %1: the queue has %2 ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="297"/>
        <source>Messages %1–%2 of %3 ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="300"/>
        <source> · positions approximate: the queue changed while it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="303"/>
        <source>%1
Fetched at %2; nothing was consumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="316"/>
        <source>%1 of %2 fetched messages match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="342"/>
        <location filename="../widgets/views/queue_message_browser.cpp" line="436"/>
        <source>Select a queue to browse its messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="343"/>
        <source>Select a message to see its payload, properties and headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="353"/>
        <source>Position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="354"/>
        <source>published to the default exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="355"/>
        <source>published to exchange %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="356"/>
        <source>routing key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/views/queue_message_browser.cpp" line="358"/>
        <source>redelivered (delivered %n time(s) before)</source>
        <translation>
            <numerusform>redelivered (delivered %n time before)</numerusform>
            <numerusform>redelivered (delivered %n times before)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="359"/>
        <source>persistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="359"/>
        <source>transient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="361"/>
        <source>paged out to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="363"/>
        <source>stored on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="365"/>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="367"/>
        <source>dead-lettered from %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="369"/>
        <source>only the first %1 of %2 fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="380"/>
        <source>content_type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="381"/>
        <source>content_encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="383"/>
        <source>delivery_mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="383"/>
        <source>2 (persistent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="383"/>
        <source>%1 (transient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="385"/>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="386"/>
        <source>correlation_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="387"/>
        <source>reply_to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="389"/>
        <source>expiration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="389"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="390"/>
        <source>message_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="392"/>
        <source>timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="392"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="393"/>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="394"/>
        <source>user_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="395"/>
        <source>app_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="396"/>
        <source>cluster_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="398"/>
        <source>(undecodable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="412"/>
        <source>Headers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="434"/>
        <source>No broker is running: start it (Settings tab) to browse messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="438"/>
        <source>Press Refresh to fetch the ready messages (nothing is consumed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/views/queue_message_browser.cpp" line="481"/>
        <source>Exported %n message(s) to %1</source>
        <translation>
            <numerusform>Exported %n message to %1</numerusform>
            <numerusform>Exported %n messages to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="492"/>
        <source>Export messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="493"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="493"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="581"/>
        <source>the default exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="581"/>
        <source>exchange %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/views/queue_message_browser.cpp" line="583"/>
        <source>%n message(s) re-published to %1</source>
        <translation>
            <numerusform>%n message re-published to %1</numerusform>
            <numerusform>%n messages re-published to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/views/queue_message_browser.cpp" line="584"/>
        <source>routed to %n queue(s) in all</source>
        <translation>
            <numerusform>routed to %n queue in all</numerusform>
            <numerusform>routed to %n queues in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/views/queue_message_browser.cpp" line="586"/>
        <source>%n unroutable (no binding matched; dropped)</source>
        <translation>
            <numerusform>%n unroutable (no binding matched; dropped)</numerusform>
            <numerusform>%n unroutable (no binding matched; dropped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/views/queue_message_browser.cpp" line="588"/>
        <source>%n skipped: fetched only in part</source>
        <translation>
            <numerusform>%n skipped: fetched only in part</numerusform>
            <numerusform>%n skipped: fetched only in part</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/views/queue_message_browser.cpp" line="590"/>
        <source>%n failed: %1</source>
        <translation>
            <numerusform>%n failed: %1</numerusform>
            <numerusform>%n failed: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="598"/>
        <source>Nothing re-published: the selected messages were fetched only in part (larger than %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::QueueTableModel</name>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="81"/>
        <source>Storage failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="83"/>
        <source>%1 messages (%2) wait on disk and are read back as consumers need them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="110"/>
        <source>failed</source>
        <comment>queue storage failed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="137"/>
        <source>D</source>
        <comment>durable queue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="139"/>
        <source>AD</source>
        <comment>auto-delete queue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="141"/>
        <source>Excl</source>
        <comment>exclusive queue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="143"/>
        <source>Args</source>
        <comment>queue has arguments</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="150"/>
        <source>durable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="150"/>
        <source>transient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="152"/>
        <source>auto-delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="154"/>
        <source>exclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="156"/>
        <source>arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="166"/>
        <source>Virtual host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="167"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="168"/>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="169"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="170"/>
        <source>Unacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="171"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="172"/>
        <source>Consumers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="173"/>
        <source>In msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="174"/>
        <source>Out msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="175"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="176"/>
        <source>Paged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="177"/>
        <source>On disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="178"/>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="184"/>
        <source>D = durable, AD = auto-delete, Excl = exclusive, Args = has arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="185"/>
        <source>Messages waiting for delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="186"/>
        <source>Messages delivered and not yet acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="187"/>
        <source>Ready + unacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="188"/>
        <source>Messages enqueued per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="189"/>
        <source>Messages delivered per second (to consumers and basic.get)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="190"/>
        <source>Memory held by the ready messages kept in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="191"/>
        <source>Ready messages beyond the queue&apos;s memory budget, kept only on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="192"/>
        <source>Size of the queue&apos;s log: persistent messages and paged-out ones</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::QueuesPage</name>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="55"/>
        <source>queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="60"/>
        <source>consumers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="61"/>
        <source>bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="83"/>
        <source>Argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="83"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/screenshot_tour.cpp" line="247"/>
        <location filename="../widgets/views/queues_page.cpp" line="101"/>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="105"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="210"/>
        <source>Depth, last 5 minutes (select a queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="211"/>
        <source>Depth of “%1”, last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="233"/>
        <source>Select a queue to see its depth, consumers, bindings and arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="236"/>
        <source>%1 ready · %2 unacked · in %3 msg/s · out %4 msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="260"/>
        <source>durable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="260"/>
        <source>transient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="262"/>
        <source>exclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="264"/>
        <source>auto-delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="265"/>
        <source>Features: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="271"/>
        <source>Dead letters go to exchange %1 with their routing keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="272"/>
        <source>Dead letters go to exchange %1 with routing key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="276"/>
        <source>expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="278"/>
        <source>dead-lettered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="280"/>
        <source>dropped or refused by the length limit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="282"/>
        <source>duplicates refused %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="284"/>
        <source>So far: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="314"/>
        <source>Consumers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="315"/>
        <source>Bindings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="316"/>
        <source>Arguments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::RateChart</name>
    <message>
        <location filename="../widgets/plots/rate_chart.cpp" line="41"/>
        <source>msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/rate_chart.cpp" line="44"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/rate_chart.cpp" line="45"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::RecordDetailView</name>
    <message>
        <location filename="../widgets/views/record_detail_view.cpp" line="32"/>
        <location filename="../widgets/views/record_detail_view.cpp" line="37"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/record_detail_view.cpp" line="32"/>
        <location filename="../widgets/views/record_detail_view.cpp" line="36"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/record_detail_view.cpp" line="38"/>
        <location filename="../widgets/views/record_detail_view.cpp" line="53"/>
        <location filename="../widgets/views/record_detail_view.cpp" line="87"/>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/record_detail_view.cpp" line="49"/>
        <source>Select a record to see its key, value and headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/record_detail_view.cpp" line="66"/>
        <source>log append time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/record_detail_view.cpp" line="66"/>
        <source>create time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/record_detail_view.cpp" line="67"/>
        <source>Partition %1 · offset %2 · %3 (%4) · %5 · batch compression: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/record_detail_view.cpp" line="74"/>
        <source> · producer id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/record_detail_view.cpp" line="82"/>
        <source>(null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/record_detail_view.cpp" line="87"/>
        <source>Headers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::RepublishDialog</name>
    <message>
        <location filename="../widgets/dialogs/republish_dialog.cpp" line="17"/>
        <source>(AMQP default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/republish_dialog.cpp" line="30"/>
        <source>Re-publish messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/dialogs/republish_dialog.cpp" line="47"/>
        <source>Publishes a copy of %n message(s) with the original properties and body.</source>
        <translation>
            <numerusform>Publishes a copy of %n message with the original properties and body.</numerusform>
            <numerusform>Publishes a copy of %n messages with the original properties and body.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/republish_dialog.cpp" line="51"/>
        <source>The originals stay in this queue: a message cannot be removed from a queue without consuming it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/republish_dialog.cpp" line="58"/>
        <source>Virtual host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/republish_dialog.cpp" line="59"/>
        <source>Exchange:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/republish_dialog.cpp" line="60"/>
        <source>Routing key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/republish_dialog.cpp" line="62"/>
        <source>Each message keeps its own routing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/republish_dialog.cpp" line="71"/>
        <source>Re-publish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::SettingsPage</name>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="28"/>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="38"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="43"/>
        <source>Keep forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="48"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="49"/>
        <source>Save and restart broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="50"/>
        <source>Start broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="51"/>
        <source>Stop broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="55"/>
        <source>Address the listeners bind to: 127.0.0.1 for this machine only, 0.0.0.0 for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="60"/>
        <source>Always — fsync before acknowledging (safest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="61"/>
        <source>Interval — group commit every few ms (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="62"/>
        <source>Never — leave it to the page cache (fastest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="65"/>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="70"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="74"/>
        <source>Ask what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="75"/>
        <source>Keep the broker running in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="76"/>
        <source>Stop the broker and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="88"/>
        <source>Broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="97"/>
        <source>Listeners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="99"/>
        <source>Bind address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="103"/>
        <source>AMQP 0-9-1 port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="108"/>
        <source>Kafka port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="110"/>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="113"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="118"/>
        <source>Data directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="119"/>
        <source>Durability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="124"/>
        <source>Default topic retention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="126"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="128"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="129"/>
        <source>Closing the window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="135"/>
        <source>Listener, storage and retention settings take effect when the broker restarts; the language when Warren is started again. Options given on the command line take precedence over saved ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="251"/>
        <source>Settings cannot be saved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="255"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="257"/>
        <source>The broker still runs with the previous listener and storage settings until it is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="260"/>
        <source>The language changes the next time Warren starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="273"/>
        <location filename="../widgets/views/settings_page.cpp" line="290"/>
        <source>The broker did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="278"/>
        <source>Saved; the broker restarted with these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="305"/>
        <source>The broker stopped; clients were told CONNECTION_FORCED (320) and data was flushed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="312"/>
        <source>No broker is attached to this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="321"/>
        <source>Data directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::TablePage</name>
    <message>
        <location filename="../widgets/views/table_page.cpp" line="34"/>
        <source>Filter %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/table_page.cpp" line="150"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/table_page.cpp" line="151"/>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::TopicActions</name>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="169"/>
        <source>Create topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="171"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="183"/>
        <source>Create topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="186"/>
        <source>letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="191"/>
        <location filename="../widgets/views/management_actions.cpp" line="195"/>
        <source>broker default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="196"/>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="197"/>
        <source>Keep forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="203"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="204"/>
        <source>Partitions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="205"/>
        <source>Retention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="207"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="239"/>
        <source>Topic “%1” created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="239"/>
        <source>Could not create topic “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="249"/>
        <source>Delete topic “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="250"/>
        <source>Delete these %1 topics?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="251"/>
        <source>Its records are deleted from disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="252"/>
        <source>Delete topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="256"/>
        <source>Topic “%1” deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="257"/>
        <source>Could not delete topic “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::TopicMessageBrowser</name>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="37"/>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="38"/>
        <source>Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="39"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="40"/>
        <source>Live tail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="41"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="42"/>
        <source>Produce…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="51"/>
        <source>Earliest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="52"/>
        <source>Latest N (per partition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="53"/>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="54"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="65"/>
        <source>At most this many records per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="67"/>
        <source>Search text (empty: every record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="70"/>
        <source>anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="71"/>
        <source>in keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="72"/>
        <source>in values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="73"/>
        <source>in headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="76"/>
        <source>Read records from the chosen start, keeping those that match the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="78"/>
        <source>Read on from where the last answer stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="81"/>
        <source>Show new records as they arrive (while this page is visible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="83"/>
        <source>Save the listed records as JSON or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="85"/>
        <source>Open the publish window to produce records to this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="110"/>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="113"/>
        <source>Start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="118"/>
        <source>Max records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="202"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="230"/>
        <source>N records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="234"/>
        <source>offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="242"/>
        <source>No broker is running: start it on the Settings tab to browse records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="244"/>
        <source>Select a topic above to browse its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="344"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="344"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="357"/>
        <source>Cannot browse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/views/topic_message_browser.cpp" line="376"/>
        <source>%n record(s) listed</source>
        <translation>
            <numerusform>%n record listed</numerusform>
            <numerusform>%n records listed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="378"/>
        <source> · %1 records scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="380"/>
        <source> · %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="383"/>
        <source> · following new records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="383"/>
        <source> · end of the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="387"/>
        <source> · more records follow: Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="390"/>
        <source> · search paused after its time budget: Continue searches on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="394"/>
        <source> · error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="423"/>
        <source>Export records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="424"/>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/views/topic_message_browser.cpp" line="431"/>
        <source>%n record(s) exported to %1</source>
        <translation>
            <numerusform>%n record exported to %1</numerusform>
            <numerusform>%n records exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warren::widgets::TopicMessageModel</name>
    <message>
        <location filename="../widgets/models/topic_message_model.cpp" line="28"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topic_message_model.cpp" line="74"/>
        <source>Log append time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topic_message_model.cpp" line="74"/>
        <source>Create time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topic_message_model.cpp" line="78"/>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topic_message_model.cpp" line="79"/>
        <source>%1 (null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topic_message_model.cpp" line="102"/>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topic_message_model.cpp" line="103"/>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topic_message_model.cpp" line="104"/>
        <source>Timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topic_message_model.cpp" line="105"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topic_message_model.cpp" line="106"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topic_message_model.cpp" line="107"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topic_message_model.cpp" line="108"/>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topic_message_model.cpp" line="109"/>
        <source>Compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topic_message_model.cpp" line="141"/>
        <location filename="../widgets/models/topic_message_model.cpp" line="142"/>
        <source>(null)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::TopicTableModel</name>
    <message>
        <location filename="../widgets/models/topic_table_model.cpp" line="93"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topic_table_model.cpp" line="132"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topic_table_model.cpp" line="133"/>
        <source>Partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topic_table_model.cpp" line="134"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topic_table_model.cpp" line="135"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topic_table_model.cpp" line="136"/>
        <source>Produce msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topic_table_model.cpp" line="137"/>
        <source>Configs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topic_table_model.cpp" line="143"/>
        <source>Records kept: high watermark − log start offset, summed over partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topic_table_model.cpp" line="144"/>
        <source>Bytes on disk over all partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topic_table_model.cpp" line="145"/>
        <source>Records appended per second (growth of the high watermarks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/topic_table_model.cpp" line="146"/>
        <source>Topic-level configs (key=value)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::TopicsPage</name>
    <message>
        <location filename="../widgets/views/topics_page.cpp" line="23"/>
        <source>topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topics_page.cpp" line="26"/>
        <source>partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topics_page.cpp" line="40"/>
        <source>Partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topics_page.cpp" line="41"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topics_page.cpp" line="91"/>
        <source>Select a topic to see its partitions and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topics_page.cpp" line="92"/>
        <source>Topic “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::TopologyPage</name>
    <message>
        <location filename="../widgets/views/topology_page.cpp" line="46"/>
        <source>Default exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_page.cpp" line="47"/>
        <source>Unused amq.* exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_page.cpp" line="60"/>
        <source>All virtual hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_page.cpp" line="62"/>
        <source>Filter by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_page.cpp" line="64"/>
        <source>Shows exchanges, queues and consumer tags containing this text, with their neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_page.cpp" line="65"/>
        <source>Show the default exchange and its implicit binding to every queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_page.cpp" line="66"/>
        <source>Show amq.* exchanges that have no bindings and no traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_page.cpp" line="69"/>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_page.cpp" line="69"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_page.cpp" line="70"/>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_page.cpp" line="70"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_page.cpp" line="71"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_page.cpp" line="71"/>
        <source>Fit the whole topology into the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_page.cpp" line="72"/>
        <source>Tidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_page.cpp" line="72"/>
        <source>Lay everything out afresh (positions otherwise stay put)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_page.cpp" line="402"/>
        <source>Virtual host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_page.cpp" line="475"/>
        <source>%1 exchanges · %2 queues · %3 consumers · %4 active links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_page.cpp" line="510"/>
        <source>Click a node for its details; double-click opens it in its tab. Moving dots are messages, thicker lines carry more (per binding, estimated from exchange and queue counters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_page.cpp" line="516"/>
        <source>Open in Exchanges tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_page.cpp" line="517"/>
        <source>Open in Queues tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_page.cpp" line="518"/>
        <source>Open queue in Queues tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::UsersPage</name>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="35"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="35"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="35"/>
        <source>Vhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="35"/>
        <source>Configure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="35"/>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="35"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="51"/>
        <source>Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="51"/>
        <source>Create a user with a password and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="52"/>
        <location filename="../widgets/views/users_page.cpp" line="194"/>
        <source>Delete user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="52"/>
        <source>Delete the selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="53"/>
        <source>Set password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="53"/>
        <source>Change the selected user&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="54"/>
        <source>Set tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="54"/>
        <source>Change the selected user&apos;s tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="55"/>
        <source>Set permissions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="55"/>
        <source>Set the selected user&apos;s configure/write/read patterns in a vhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="57"/>
        <source>Clear permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="57"/>
        <source>Remove the selected user&apos;s permissions in the selected row&apos;s vhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="59"/>
        <source>Add vhost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="59"/>
        <source>Create a virtual host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="60"/>
        <source>Delete vhost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="60"/>
        <source>Delete a virtual host with its queues and exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="123"/>
        <source>Virtual hosts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="159"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="166"/>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="172"/>
        <source>administrator, monitoring, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="173"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="174"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="175"/>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="187"/>
        <source>User &apos;%1&apos; added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="194"/>
        <source>Delete user &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="199"/>
        <source>User &apos;%1&apos; deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="206"/>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="206"/>
        <source>New password for &apos;%1&apos;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="214"/>
        <source>Password of &apos;%1&apos; changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="223"/>
        <source>Set tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="223"/>
        <source>Tags of &apos;%1&apos; (comma-separated):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="231"/>
        <source>Tags of &apos;%1&apos; set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="240"/>
        <source>Set permissions of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="252"/>
        <source>Vhost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="253"/>
        <source>Configure regexp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="254"/>
        <source>Write regexp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="255"/>
        <source>Read regexp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="269"/>
        <source>Permissions of &apos;%1&apos; in vhost &apos;%2&apos; set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="278"/>
        <source>Permissions of &apos;%1&apos; in vhost &apos;%2&apos; cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="284"/>
        <source>Add vhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="284"/>
        <source>Name of the new virtual host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="291"/>
        <source>Vhost &apos;%1&apos; added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="299"/>
        <source>There is no vhost to delete (the default vhost &apos;/&apos; stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="303"/>
        <source>Delete vhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="304"/>
        <source>Delete this virtual host with all its queues, exchanges and permissions, and close its connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="312"/>
        <source>Vhost &apos;%1&apos; deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
