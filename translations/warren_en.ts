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
        <location filename="../widgets/views/topology_items.cpp" line="421"/>
        <source>Routing key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="421"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="423"/>
        <source>Arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="425"/>
        <source>≈ %1 msg/s</source>
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
        <source>Warren: a message broker you can see into (AMQP 0-9-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="29"/>
        <source>Run the broker without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="31"/>
        <source>AMQP listener port (0 = any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="34"/>
        <source>Kafka listener port (0 = any free port, &apos;off&apos; = no Kafka listener).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="38"/>
        <source>Host Kafka clients are told to connect to (default: the bind address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="42"/>
        <source>Partitions of auto-created topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="45"/>
        <source>Do not create unknown Kafka topics on first use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="48"/>
        <source>When data counts as durable: always (fsync first), interval (group commit, default) or never (page cache).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="53"/>
        <source>Group-commit interval for --durability interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="57"/>
        <source>Memory per queue for ready messages; beyond it they page out to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="60"/>
        <source>Address to listen on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="63"/>
        <source>Directory for the broker&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="66"/>
        <source>error, warning, info or debug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="69"/>
        <source>Worker threads (0 = one per core).</source>
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
        <location filename="../widgets/models/binding_table_model.cpp" line="103"/>
        <source>Every queue is bound to the default exchange with its own name as the routing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="105"/>
        <source>Estimated: the broker counts messages per exchange and per queue, not per binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="123"/>
        <source>(AMQP default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="131"/>
        <source>In</source>
        <comment>binding into the exchange or queue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="131"/>
        <source>Out</source>
        <comment>binding out of the exchange</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="134"/>
        <source>queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="134"/>
        <source>exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="157"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="158"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="159"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="160"/>
        <source>Destination type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="161"/>
        <source>Routing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="162"/>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="163"/>
        <source>≈ msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="169"/>
        <source>In: bound to this; Out: this exchange routes through it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="170"/>
        <source>Messages per second through the binding, estimated from the exchange and queue counters</source>
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
        <location filename="../widgets/models/consumer_table_model.cpp" line="139"/>
        <source>Consumer tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_table_model.cpp" line="140"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_table_model.cpp" line="141"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_table_model.cpp" line="142"/>
        <source>Ack mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_table_model.cpp" line="143"/>
        <source>Prefetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_table_model.cpp" line="144"/>
        <source>Unacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_table_model.cpp" line="150"/>
        <source>manual: basic.ack expected; auto: no-ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_table_model.cpp" line="151"/>
        <source>Most unacknowledged messages the consumer may hold (basic.qos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/consumer_table_model.cpp" line="152"/>
        <source>Delivered to this consumer and not yet acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::DepthChart</name>
    <message>
        <location filename="../widgets/plots/depth_chart.cpp" line="47"/>
        <source>messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/depth_chart.cpp" line="58"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/depth_chart.cpp" line="59"/>
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
        <location filename="../widgets/views/exchanges_page.cpp" line="40"/>
        <source>exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/exchanges_page.cpp" line="43"/>
        <source>bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/exchanges_page.cpp" line="134"/>
        <source>(AMQP default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/exchanges_page.cpp" line="135"/>
        <source>Bindings (select an exchange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/exchanges_page.cpp" line="136"/>
        <source>Bindings of “%1” in vhost %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/exchanges_page.cpp" line="154"/>
        <source>Select an exchange to see its bindings and rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/exchanges_page.cpp" line="157"/>
        <source>Published %1 msg/s · routed %2 msg/s to queues · unroutable %3 msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/exchanges_page.cpp" line="161"/>
        <source> · every queue is implicitly bound to it by its own name</source>
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
        <location filename="../widgets/plots/lag_chart.cpp" line="29"/>
        <source>records behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/lag_chart.cpp" line="35"/>
        <location filename="../widgets/plots/lag_chart.cpp" line="100"/>
        <source>Total lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/lag_chart.cpp" line="100"/>
        <source>Total lag of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="48"/>
        <source>connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="59"/>
        <source>Warren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="69"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="75"/>
        <source>Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="82"/>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="83"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="84"/>
        <source>Publish test messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="86"/>
        <source>Send AMQP messages or Kafka records through the broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="98"/>
        <location filename="../widgets/views/main_window.cpp" line="192"/>
        <source>Not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="99"/>
        <source>Waiting for the broker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="190"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="193"/>
        <source>Listening: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="199"/>
        <source>Connections: %1   Publish: %2   Deliver: %3   Kafka produce: %4   Kafka fetch: %5 msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="219"/>
        <source>Topics (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="220"/>
        <source>Consumer groups (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="216"/>
        <source>Exchanges (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="217"/>
        <source>Queues (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="218"/>
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
        <location filename="../widgets/views/overview_page.cpp" line="142"/>
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
        <source>Kafka produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="79"/>
        <source>Kafka fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="86"/>
        <source>Produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="86"/>
        <source>Fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="87"/>
        <source>AMQP published and delivered, last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="91"/>
        <source>Kafka produced and fetched, last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="134"/>
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
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="113"/>
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
    <name>warren::widgets::PublishDialog</name>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="514"/>
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
        <location filename="../widgets/views/publish_panel.cpp" line="282"/>
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
        <location filename="../widgets/views/publish_panel.cpp" line="301"/>
        <source>Header line %1 is not key=value: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="348"/>
        <source>Choose a virtual host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="364"/>
        <source>Choose or type a topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="389"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="389"/>
        <source>Sending %1 messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="415"/>
        <location filename="../widgets/views/publish_panel.cpp" line="426"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="419"/>
        <source>Unroutable: no binding matched, the message was dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="420"/>
        <source>Routed to 1 queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="421"/>
        <source>Routed to %1 queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="429"/>
        <source>Partition %1, offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="464"/>
        <source>Sent %1 of %2 · last: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="478"/>
        <source>%1 routed, %2 unroutable, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="480"/>
        <source>%1 stored, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="481"/>
        <source>Stopped after %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="482"/>
        <source>Done: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="484"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="485"/>
        <source>%1 (%2) · last: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="504"/>
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
        <location filename="../widgets/views/queues_page.cpp" line="54"/>
        <source>queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="59"/>
        <source>consumers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="60"/>
        <source>bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="81"/>
        <source>Argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="81"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="99"/>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="209"/>
        <source>Depth, last 5 minutes (select a queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="210"/>
        <source>Depth of “%1”, last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="231"/>
        <source>Select a queue to see its depth, consumers, bindings and arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="234"/>
        <source>%1 ready · %2 unacked · in %3 msg/s · out %4 msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="258"/>
        <source>durable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="258"/>
        <source>transient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="260"/>
        <source>exclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="262"/>
        <source>auto-delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="263"/>
        <source>Features: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="293"/>
        <source>Consumers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="294"/>
        <source>Bindings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="295"/>
        <source>Arguments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::RateChart</name>
    <message>
        <location filename="../widgets/plots/rate_chart.cpp" line="39"/>
        <source>msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/rate_chart.cpp" line="42"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/rate_chart.cpp" line="43"/>
        <source>Delivered</source>
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
        <location filename="../widgets/views/table_page.cpp" line="149"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/table_page.cpp" line="150"/>
        <source>%1 of %2 %3</source>
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
        <location filename="../widgets/views/topics_page.cpp" line="21"/>
        <source>topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topics_page.cpp" line="23"/>
        <source>partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topics_page.cpp" line="77"/>
        <source>Partitions (select a topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topics_page.cpp" line="78"/>
        <source>Partitions of “%1”</source>
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
        <location filename="../widgets/views/topology_page.cpp" line="391"/>
        <source>Virtual host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_page.cpp" line="464"/>
        <source>%1 exchanges · %2 queues · %3 consumers · %4 active links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_page.cpp" line="499"/>
        <source>Click a node for its details; double-click opens it in its tab. Moving dots are messages, thicker lines carry more (per binding, estimated from exchange and queue counters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_page.cpp" line="505"/>
        <source>Open in Exchanges tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_page.cpp" line="506"/>
        <source>Open in Queues tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/topology_page.cpp" line="507"/>
        <source>Open queue in Queues tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
