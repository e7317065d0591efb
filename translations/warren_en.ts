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
        <location filename="../app/command_line.cpp" line="56"/>
        <source>Address to listen on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="59"/>
        <source>Directory for the broker&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="62"/>
        <source>error, warning, info or debug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/command_line.cpp" line="65"/>
        <source>Worker threads (0 = one per core).</source>
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
        <location filename="../widgets/models/group_member_table_model.cpp" line="95"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/group_member_table_model.cpp" line="107"/>
        <source>Member id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/group_member_table_model.cpp" line="108"/>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/group_member_table_model.cpp" line="109"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/group_member_table_model.cpp" line="110"/>
        <source>Assigned partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/group_member_table_model.cpp" line="115"/>
        <source>Topic-partitions assigned to the member in the current generation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="31"/>
        <source>exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="32"/>
        <source>queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="33"/>
        <source>connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="38"/>
        <source>Warren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="48"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="55"/>
        <location filename="../widgets/views/main_window.cpp" line="85"/>
        <source>Not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="56"/>
        <source>Waiting for the broker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="86"/>
        <source>Listening: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="90"/>
        <source>Connections: %1   Publish: %2 msg/s   Deliver: %3 msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="104"/>
        <source>Exchanges (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="105"/>
        <source>Queues (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="106"/>
        <source>Connections (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warren::widgets::OverviewPage</name>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="30"/>
        <source>Listeners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="34"/>
        <location filename="../widgets/views/overview_page.cpp" line="99"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="38"/>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="40"/>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="41"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="42"/>
        <source>Consumers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="43"/>
        <source>Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="44"/>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="45"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="46"/>
        <source>Unacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="50"/>
        <source>Message rates (msg/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="52"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="53"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="54"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="57"/>
        <source>Published and delivered, last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="74"/>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="91"/>
        <source>%1 on %2:%3</source>
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
    <name>warren::widgets::QueueTableModel</name>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="123"/>
        <source>D</source>
        <comment>durable queue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="125"/>
        <source>AD</source>
        <comment>auto-delete queue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="127"/>
        <source>Excl</source>
        <comment>exclusive queue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="129"/>
        <source>Args</source>
        <comment>queue has arguments</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="136"/>
        <source>durable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="136"/>
        <source>transient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="138"/>
        <source>auto-delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="140"/>
        <source>exclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="142"/>
        <source>arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="152"/>
        <source>Virtual host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="153"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="154"/>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="155"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="156"/>
        <source>Unacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="157"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="158"/>
        <source>Consumers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="159"/>
        <source>In msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="160"/>
        <source>Out msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="161"/>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="167"/>
        <source>D = durable, AD = auto-delete, Excl = exclusive, Args = has arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="168"/>
        <source>Messages waiting for delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="169"/>
        <source>Messages delivered and not yet acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="170"/>
        <source>Ready + unacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="171"/>
        <source>Messages enqueued per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="172"/>
        <source>Messages delivered per second (to consumers and basic.get)</source>
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
    <name>warren::widgets::TablePage</name>
    <message>
        <location filename="../widgets/views/table_page.cpp" line="34"/>
        <source>Filter %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/table_page.cpp" line="129"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/views/table_page.cpp" line="130"/>
        <source>%1 of %2 %3</source>
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
</TS>
