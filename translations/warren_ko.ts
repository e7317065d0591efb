<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>DisplayFormat</name>
    <message>
        <location filename="../widgets/models/display_format.cpp" line="+22"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>–</source>
        <comment>unknown offset or lag</comment>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>MessageExport</name>
    <message>
        <location filename="../widgets/models/message_export.cpp" line="+183"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>MessageSearch</name>
    <message>
        <location filename="../widgets/models/message_search.cpp" line="+62"/>
        <source>Anywhere</source>
        <translation>전체</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payload</source>
        <translation>페이로드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headers</source>
        <translation>헤더</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing key</source>
        <translation>라우팅 키</translation>
    </message>
</context>
<context>
    <name>PayloadFormat</name>
    <message numerus="yes">
        <location filename="../widgets/models/payload_format.cpp" line="+69"/>
        <source>… %n more byte(s) not shown</source>
        <translation>
            <numerusform>… %n바이트 더 있음(표시 안 함)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordExport</name>
    <message>
        <location filename="../widgets/models/record_export.cpp" line="+134"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>TopologyEdgeItem</name>
    <message>
        <location filename="../widgets/views/topology_items.cpp" line="+416"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default exchange → queue %1 (implicit binding, routing key = queue name)</source>
        <translation>기본 익스체인지 → 큐 %1 (암묵적 바인딩, 라우팅 키 = 큐 이름)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dead letters of queue %1 go to exchange %2</source>
        <translation>큐 %1의 데드 레터는 익스체인지 %2(으)로 갑니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with their own routing keys</source>
        <translation>원래 라우팅 키로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with routing key %1</source>
        <translation>라우팅 키 %1(으)로</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routing key: %1</source>
        <translation>라우팅 키: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arguments: %1</source>
        <translation>인자: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≈ %1 msg/s</source>
        <translation>≈ %1 msg/s</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>dead letters</source>
        <translation>데드 레터</translation>
    </message>
</context>
<context>
    <name>TopologyNodeItem</name>
    <message>
        <location line="-408"/>
        <source>(AMQP default)</source>
        <translation>(AMQP 기본)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>more consumers</source>
        <translation>추가 컨슈머</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>+%n more consumer(s)</source>
        <translation>
            <numerusform>컨슈머 +%n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source> · internal</source>
        <translation> · 내부</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 msg/s</source>
        <translation> · %1 msg/s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ready · %2 unacked</source>
        <translation>대기 %1 · 미확인 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>#%1 ch %2</source>
        <translation>#%1 채널 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+16"/>
        <source>durable</source>
        <translation>영속</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+16"/>
        <source>transient</source>
        <translation>임시</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+18"/>
        <source>auto-delete</source>
        <translation>자동 삭제</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>internal</source>
        <translation>내부</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 exchange in vhost %2 (%3) · %n binding(s) out</source>
        <translation>
            <numerusform>vhost %2의 %1 익스체인지 (%3) · 나가는 바인딩 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · published %1 msg/s · routed %2 msg/s</source>
        <translation> · 발행 %1 msg/s · 라우팅 %2 msg/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source> · arguments %1</source>
        <translation> · 인자 %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>exclusive</source>
        <translation>배타적</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Queue in vhost %1 (%2) · %3 ready, %4 unacked · %n consumer(s)</source>
        <translation>
            <numerusform>vhost %1의 큐 (%2) · 대기 %3, 미확인 %4 · 컨슈머 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · in %1 msg/s · out %2 msg/s</source>
        <translation> · 유입 %1 msg/s · 유출 %2 msg/s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumer on queue %1 · connection %2, channel %3 · %4 ack · prefetch %5 · %6 unacked</source>
        <translation>큐 %1의 컨슈머 · 연결 %2, 채널 %3 · %4 확인 · 프리페치 %5 · 미확인 %6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>manual</source>
        <translation>수동</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlimited</source>
        <translation>무제한</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n more consumer(s) on queue %1, listed in the Queues tab</source>
        <translation>
            <numerusform>큐 %1의 나머지 컨슈머 %n개는 큐 탭에 표시됩니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/command_line.cpp" line="+25"/>
        <source>Warren: a message broker you can see into (AMQP 0-9-1).

Users (then exit): --add-user NAME PASSWORD [--tags T,T], --delete-user NAME, --change-password NAME PASSWORD, --set-user-tags NAME T,T, --add-vhost NAME, --delete-vhost NAME, --set-permissions USER VHOST CONF WRITE READ, --clear-permissions USER VHOST, --list-users (with --data-dir DIR).</source>
        <translation>Warren: 안을 들여다볼 수 있는 메시지 브로커 (AMQP 0-9-1).

사용자 관리(실행 후 종료): --add-user NAME PASSWORD [--tags T,T], --delete-user NAME, --change-password NAME PASSWORD, --set-user-tags NAME T,T, --add-vhost NAME, --delete-vhost NAME, --set-permissions USER VHOST CONF WRITE READ, --clear-permissions USER VHOST, --list-users (--data-dir DIR와 함께).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run the broker without a window.</source>
        <translation>창 없이 브로커를 실행합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AMQP listener port (0 = any free port).</source>
        <translation>AMQP 리스너 포트 (0 = 사용 가능한 아무 포트).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kafka listener port (0 = any free port, &apos;off&apos; = no Kafka listener).</source>
        <translation>Kafka 리스너 포트 (0 = 사용 가능한 아무 포트, &apos;off&apos; = Kafka 리스너 없음).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host Kafka clients are told to connect to (default: the bind address).</source>
        <translation>Kafka 클라이언트에 접속 주소로 알려 줄 호스트 (기본값: 바인드 주소).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Require SASL/PLAIN login (the broker&apos;s users) from Kafka clients.</source>
        <translation>Kafka 클라이언트에 SASL/PLAIN 로그인(브로커 사용자)을 요구합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partitions of auto-created topics.</source>
        <translation>자동 생성되는 토픽의 파티션 수.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not create unknown Kafka topics on first use.</source>
        <translation>없는 Kafka 토픽을 처음 사용할 때 자동으로 만들지 않습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When data counts as durable: always (fsync first), interval (group commit, default) or never (page cache).</source>
        <translation>데이터를 영속된 것으로 보는 시점: always (먼저 fsync), interval (그룹 커밋, 기본값) 또는 never (페이지 캐시).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group-commit interval for --durability interval.</source>
        <translation>--durability interval일 때의 그룹 커밋 간격.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Memory per queue for ready messages; beyond it they page out to disk.</source>
        <translation>대기 메시지에 쓰는 큐별 메모리. 이를 넘으면 디스크로 페이지 아웃됩니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address to listen on.</source>
        <translation>수신 대기할 주소.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Directory for the broker&apos;s data.</source>
        <translation>브로커 데이터 디렉터리.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>error, warning, info or debug.</source>
        <translation>error, warning, info 또는 debug.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worker threads (0 = one per core).</source>
        <translation>워커 스레드 수 (0 = 코어당 하나).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PEM certificate (and chain) for the TLS listeners; with --tls-key, AMQP over TLS (amqps) and Kafka over TLS are started.</source>
        <translation>TLS 리스너용 PEM 인증서(및 체인). --tls-key와 함께 주면 TLS 위의 AMQP(amqps)와 TLS 위의 Kafka 리스너가 시작됩니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PEM private key (unencrypted) of --tls-cert.</source>
        <translation>--tls-cert의 PEM 개인 키(암호화되지 않은 것).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AMQP over TLS listener port (0 = any free port).</source>
        <translation>TLS 위의 AMQP 리스너 포트 (0 = 아무 빈 포트).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kafka over TLS listener port (0 = any free port).</source>
        <translation>TLS 위의 Kafka 리스너 포트 (0 = 아무 빈 포트).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the broker on free ports with a demo workload and a temporary data directory, write one PNG per view of the window into &lt;dir&gt;, and exit.</source>
        <translation>빈 포트와 임시 데이터 디렉터리로 브로커를 데모 작업과 함께 시작하고, 창의 각 화면을 &lt;dir&gt;에 PNG로 하나씩 저장한 뒤 종료합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client connections, AMQP and Kafka together (0 = unlimited).</source>
        <translation>클라이언트 연결 수, AMQP와 Kafka 합계 (0 = 무제한).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queues per virtual host (0 = unlimited).</source>
        <translation>가상 호스트당 큐 수 (0 = 무제한).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kafka topics (0 = unlimited).</source>
        <translation>Kafka 토픽 수 (0 = 무제한).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Largest AMQP message body (RabbitMQ&apos;s max_message_size).</source>
        <translation>AMQP 메시지 본문의 최대 크기 (RabbitMQ의 max_message_size).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Largest Kafka record batch of topics without max.message.bytes (Kafka&apos;s message.max.bytes).</source>
        <translation>max.message.bytes가 없는 토픽의 최대 Kafka 레코드 배치 크기 (Kafka의 message.max.bytes).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Largest Kafka request; a larger one closes the connection (Kafka&apos;s socket.request.max.bytes).</source>
        <translation>Kafka 요청의 최대 크기. 더 크면 연결을 닫습니다 (Kafka의 socket.request.max.bytes).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Block publishers above this resident memory: a fraction of RAM (0.4) or a size (2GiB).</source>
        <translation>상주 메모리가 이 값을 넘으면 발행자를 막습니다: RAM 비율(0.4) 또는 크기(2GiB).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Block publishers when the data directory&apos;s disk has less free space.</source>
        <translation>데이터 디렉터리 디스크의 여유 공간이 이보다 적으면 발행자를 막습니다.</translation>
    </message>
</context>
<context>
    <name>warren::app::BrokerController</name>
    <message>
        <location filename="../app/broker_controller.cpp" line="+33"/>
        <source>The broker is stopped.</source>
        <translation>브로커가 중지되었습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The broker is stopped: %1</source>
        <translation>브로커가 중지되었습니다: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running: AMQP 0-9-1 on %1:%2</source>
        <translation>실행 중: AMQP 0-9-1 %1:%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, Kafka on %1:%2</source>
        <translation>, Kafka %1:%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, AMQP 0-9-1 over TLS on %1:%2</source>
        <translation>, TLS 위의 AMQP 0-9-1 %1:%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, Kafka over TLS on %1:%2</source>
        <translation>, TLS 위의 Kafka %1:%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; data in %1</source>
        <translation>; 데이터 위치 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not an IP address</source>
        <translation>“%1”은(는) IP 주소가 아닙니다</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot create data directory &apos;%1&apos;</source>
        <translation>데이터 디렉터리 &apos;%1&apos;을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/gui_app.cpp" line="+121"/>
        <source>The broker did not start: %1</source>
        <translation>브로커를 시작하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>warren::widgets::BindingTableModel</name>
    <message>
        <location filename="../widgets/models/binding_table_model.cpp" line="+112"/>
        <source>Every queue is bound to the default exchange with its own name as the routing key</source>
        <translation>모든 큐는 자기 이름을 라우팅 키로 하여 기본 익스체인지에 바인딩됩니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated: the broker counts messages per exchange and per queue, not per binding</source>
        <translation>추정값: 브로커는 메시지를 바인딩별이 아니라 익스체인지별, 큐별로 집계합니다</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(AMQP default)</source>
        <translation>(AMQP 기본)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In</source>
        <comment>binding into the exchange or queue</comment>
        <translation>들어옴</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out</source>
        <comment>binding out of the exchange</comment>
        <translation>나감</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>queue</source>
        <translation>큐</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exchange</source>
        <translation>익스체인지</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>소스</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>대상</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination type</source>
        <translation>대상 유형</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing key</source>
        <translation>라우팅 키</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments</source>
        <translation>인자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≈ msg/s</source>
        <translation>≈ msg/s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In: bound to this; Out: this exchange routes through it</source>
        <translation>들어옴: 여기에 바인딩됨, 나감: 이 익스체인지가 이 바인딩으로 라우팅함</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages per second through the binding, estimated from the exchange and queue counters</source>
        <translation>바인딩을 통과하는 초당 메시지 수 (익스체인지와 큐 카운터로 추정)</translation>
    </message>
</context>
<context>
    <name>warren::widgets::BrowsedMessageModel</name>
    <message>
        <location filename="../widgets/models/browsed_message_model.cpp" line="+62"/>
        <source>(AMQP default)</source>
        <translation>(AMQP 기본)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Delivered %n time(s) before</source>
        <translation>
            <numerusform>이전에 %n번 전달됨</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the first %1 were fetched</source>
        <translation>처음 %1개만 가져왔습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paged out: held in the queue&apos;s log on disk, not in memory</source>
        <translation>페이지 아웃: 메모리가 아니라 디스크의 큐 로그에 있음</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing key</source>
        <translation>라우팅 키</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange</source>
        <translation>익스체인지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redelivered</source>
        <translation>재전달</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content type</source>
        <translation>콘텐츠 유형</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message id</source>
        <translation>메시지 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timestamp</source>
        <translation>타임스탬프</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payload</source>
        <translation>페이로드</translation>
    </message>
</context>
<context>
    <name>warren::widgets::CloseGuard</name>
    <message>
        <location filename="../widgets/views/close_guard.cpp" line="+71"/>
        <source>Close Warren</source>
        <translation>Warren 닫기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The broker is running. Keep it running in the background, or stop it and quit?</source>
        <translation>브로커가 실행 중입니다. 백그라운드에서 계속 실행할까요, 아니면 중지하고 종료할까요?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping closes every client connection (CONNECTION_FORCED) after flushing data to disk.</source>
        <translation>중지하면 데이터를 디스크에 기록한 뒤 모든 클라이언트 연결을 닫습니다 (CONNECTION_FORCED).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep running</source>
        <translation>계속 실행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop and quit</source>
        <translation>중지 후 종료</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remember my choice (change it in Settings)</source>
        <translation>이 선택 기억하기 (설정에서 변경 가능)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Warren — the broker is running</source>
        <translation>Warren — 브로커 실행 중</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show Warren</source>
        <translation>Warren 표시</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the broker and quit</source>
        <translation>브로커 중지 후 종료</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The broker keeps running in the background.</source>
        <translation>브로커가 백그라운드에서 계속 실행됩니다.</translation>
    </message>
</context>
<context>
    <name>warren::widgets::ConnectionActions</name>
    <message>
        <location filename="../widgets/views/connection_actions.cpp" line="+20"/>
        <location line="+1"/>
        <source>Close connection…</source>
        <translation>연결 닫기…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the selected connections (AMQP clients get connection.close 320 CONNECTION_FORCED)</source>
        <translation>선택한 연결을 닫습니다 (AMQP 클라이언트는 connection.close 320 CONNECTION_FORCED를 받습니다)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close connection</source>
        <translation>연결 닫기</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Close the %1 connection from %2?</source>
        <translation>%2에서 온 %1 연결을 닫을까요?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the %1 connection from %2 (%3)?</source>
        <translation>%2 (%3)에서 온 %1 연결을 닫을까요?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close these %1 connections?</source>
        <translation>연결 %1개를 닫을까요?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AMQP clients are told “CONNECTION_FORCED - Closed via management UI” (320); Kafka clients see their socket close and may reconnect.</source>
        <translation>AMQP 클라이언트는 “CONNECTION_FORCED - Closed via management UI” (320)를 받고, Kafka 클라이언트는 소켓이 닫히며 다시 연결할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection %1 closed</source>
        <translation>연결 %1을(를) 닫았습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not close connection %1: %2</source>
        <translation>연결 %1을(를) 닫지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>warren::widgets::ConnectionTableModel</name>
    <message>
        <location filename="../widgets/models/connection_table_model.cpp" line="+101"/>
        <source>%1 %2</source>
        <comment>client product and version</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Peer</source>
        <translation>피어</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>클라이언트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual host</source>
        <translation>가상 호스트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>채널</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From client</source>
        <translation>클라이언트에서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To client</source>
        <translation>클라이언트로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>연결 시각</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Product and version from the client properties</source>
        <translation>클라이언트 속성의 제품명과 버전</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes received from the client per second</source>
        <translation>클라이언트로부터 받은 초당 바이트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes sent to the client per second</source>
        <translation>클라이언트로 보낸 초당 바이트</translation>
    </message>
</context>
<context>
    <name>warren::widgets::ConsumerGroupTableModel</name>
    <message>
        <location filename="../widgets/models/consumer_group_table_model.cpp" line="+66"/>
        <source>Leader: %1</source>
        <translation>리더: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2)</source>
        <comment>protocol type (assignor)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>멤버</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation</source>
        <translation>세대</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total lag</source>
        <translation>총 랙</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Protocol type and the assignor the group agreed on</source>
        <translation>프로토콜 유형과 그룹이 합의한 할당자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebalance generation</source>
        <translation>리밸런스 세대</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records not yet consumed: high watermark − committed offset, summed</source>
        <translation>아직 소비되지 않은 레코드: (하이 워터마크 − 커밋된 오프셋)의 합계</translation>
    </message>
</context>
<context>
    <name>warren::widgets::ConsumerGroupsPage</name>
    <message>
        <location filename="../widgets/views/consumer_groups_page.cpp" line="+46"/>
        <source>groups</source>
        <translation>그룹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>members</source>
        <translation>멤버</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partitions</source>
        <translation>파티션</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Members (select a group)</source>
        <translation>멤버 (그룹을 선택하세요)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lag per partition (select a group)</source>
        <translation>파티션별 랙 (그룹을 선택하세요)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total lag, last 5 minutes (select a group)</source>
        <translation>총 랙, 최근 5분 (그룹을 선택하세요)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members of “%1”</source>
        <translation>“%1”의 멤버</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lag per partition of “%1”</source>
        <translation>“%1”의 파티션별 랙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total lag of “%1”, last 5 minutes</source>
        <translation>“%1”의 총 랙, 최근 5분</translation>
    </message>
</context>
<context>
    <name>warren::widgets::ConsumerTableModel</name>
    <message>
        <location filename="../widgets/models/consumer_table_model.cpp" line="+89"/>
        <source>Connection #%1</source>
        <translation>연결 #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection #%1 from %2, user %3, client %4 %5</source>
        <translation>연결 #%1, 출처 %2, 사용자 %3, 클라이언트 %4 %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The client acknowledges each message (basic.ack)</source>
        <translation>클라이언트가 메시지마다 확인합니다 (basic.ack)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages count as acknowledged when sent (no-ack)</source>
        <translation>메시지는 전송 시 확인된 것으로 처리됩니다 (no-ack)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manual</source>
        <translation>수동</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlimited</source>
        <translation>무제한</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (waiting: single active consumer)</source>
        <translation>%1 (대기 중: 단일 활성 컨슈머)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Consumer tag</source>
        <translation>컨슈머 태그</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ack mode</source>
        <translation>확인 모드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefetch</source>
        <translation>프리페치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unacked</source>
        <translation>미확인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>manual: basic.ack expected; auto: no-ack</source>
        <translation>수동: basic.ack 필요, 자동: no-ack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most unacknowledged messages the consumer may hold (basic.qos)</source>
        <translation>컨슈머가 보유할 수 있는 미확인 메시지의 최대 수 (basic.qos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered to this consumer and not yet acknowledged</source>
        <translation>이 컨슈머에 전달되었고 아직 확인되지 않은 메시지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumer priority (x-priority): higher-priority consumers get messages while they have credit</source>
        <translation>컨슈머 우선순위(x-priority): 우선순위가 높은 컨슈머가 크레딧이 있는 동안 먼저 메시지를 받습니다</translation>
    </message>
</context>
<context>
    <name>warren::widgets::DepthChart</name>
    <message>
        <location filename="../widgets/plots/depth_chart.cpp" line="+49"/>
        <source>messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ready</source>
        <translation>대기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unacked</source>
        <translation>미확인</translation>
    </message>
</context>
<context>
    <name>warren::widgets::EventLogModel</name>
    <message>
        <location filename="../widgets/models/event_log_model.cpp" line="+74"/>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange</source>
        <translation>익스체인지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>큐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binding</source>
        <translation>바인딩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumer group</source>
        <translation>컨슈머 그룹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol error</source>
        <translation>프로토콜 오류</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management</source>
        <translation>관리</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource alarm</source>
        <translation>자원 경보</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
</context>
<context>
    <name>warren::widgets::EventLogPage</name>
    <message>
        <location filename="../widgets/views/event_log_page.cpp" line="+55"/>
        <source>Filter events…</source>
        <translation>이벤트 필터…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the list (the broker keeps its log)</source>
        <translation>목록을 지웁니다 (브로커의 로그는 유지됨)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 events</source>
        <translation>이벤트 %1개</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2 events</source>
        <translation>이벤트 %2개 중 %1개</translation>
    </message>
</context>
<context>
    <name>warren::widgets::ExchangeTableModel</name>
    <message>
        <location filename="../widgets/models/exchange_table_model.cpp" line="+81"/>
        <source>The default exchange: routes to the queue named by the routing key</source>
        <translation>기본 익스체인지: 라우팅 키와 이름이 같은 큐로 라우팅합니다</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(AMQP default)</source>
        <translation>(AMQP 기본)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>D</source>
        <comment>durable exchange</comment>
        <translation>D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AD</source>
        <comment>auto-delete exchange</comment>
        <translation>AD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I</source>
        <comment>internal exchange</comment>
        <translation>I</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Args</source>
        <comment>exchange has arguments</comment>
        <translation>Args</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>durable</source>
        <translation>영속</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>transient</source>
        <translation>임시</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto-delete</source>
        <translation>자동 삭제</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>internal</source>
        <translation>내부</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>arguments: %1</source>
        <translation>인자: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Virtual host</source>
        <translation>가상 호스트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Features</source>
        <translation>특성</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bindings</source>
        <translation>바인딩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In msg/s</source>
        <translation>유입 msg/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out msg/s</source>
        <translation>유출 msg/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments</source>
        <translation>인자</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>D = durable, AD = auto-delete, I = internal, Args = has arguments</source>
        <translation>D = 영속, AD = 자동 삭제, I = 내부, Args = 인자 있음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bindings with this exchange as source</source>
        <translation>이 익스체인지가 소스인 바인딩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages published to the exchange per second</source>
        <translation>익스체인지로 발행된 초당 메시지 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue deliveries routed by the exchange per second</source>
        <translation>익스체인지가 큐로 라우팅한 초당 메시지 수</translation>
    </message>
</context>
<context>
    <name>warren::widgets::ExchangesPage</name>
    <message>
        <location filename="../widgets/views/exchanges_page.cpp" line="+50"/>
        <source>exchanges</source>
        <translation>익스체인지</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bindings</source>
        <translation>바인딩</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bindings</source>
        <translation>바인딩</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+112"/>
        <source>Scheduled</source>
        <translation>예약됨</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Messages an x-delayed-message exchange holds back, with their due times</source>
        <translation>x-delayed-message 익스체인지가 보류 중인 메시지와 그 예정 시각</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Scheduled (%1)</source>
        <translation>예약됨 (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select an x-delayed-message exchange to see what it holds back.</source>
        <translation>보류 중인 메시지를 보려면 x-delayed-message 익스체인지를 선택하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The broker is not running.</source>
        <translation>브로커가 실행 중이 아닙니다.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot list the scheduled messages: %1</source>
        <translation>예약된 메시지를 나열할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing is scheduled: messages published with an x-delay header wait here until they are due.</source>
        <translation>예약된 것이 없습니다. x-delay 헤더와 함께 발행된 메시지는 예정 시각까지 여기서 기다립니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 due first of %2 scheduled messages · as of %3</source>
        <translation>예약된 메시지 %2개 중 먼저 예정된 %1개 · %3 기준</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n scheduled message(s) · as of %1</source>
        <translation>
            <numerusform>예약된 메시지 %n개 · %1 기준</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(AMQP default)</source>
        <translation>(AMQP 기본)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an exchange</source>
        <translation>익스체인지를 선택하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange “%1” in vhost %2</source>
        <translation>vhost %2의 익스체인지 “%1”</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select an exchange to see its bindings and rates.</source>
        <translation>익스체인지를 선택하면 바인딩과 처리율이 표시됩니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published %1 msg/s · routed %2 msg/s to queues · unroutable %3 msg/s</source>
        <translation>발행 %1 msg/s · 큐로 라우팅 %2 msg/s · 라우팅 불가 %3 msg/s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · every queue is implicitly bound to it by its own name</source>
        <translation> · 모든 큐가 자기 이름으로 암묵적으로 바인딩됨</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source> · %n message(s) scheduled</source>
        <translation>
            <numerusform> · 예약된 메시지 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, next due %1</source>
        <translation>, 다음 예정 %1</translation>
    </message>
</context>
<context>
    <name>warren::widgets::GroupActions</name>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="+272"/>
        <source>Reset offsets…</source>
        <translation>오프셋 재설정…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reset offsets of “%1”</source>
        <translation>“%1”의 오프셋 재설정</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every topic it committed offsets for</source>
        <translation>오프셋을 커밋한 모든 토픽</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>every partition</source>
        <translation>모든 파티션</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earliest (the log start)</source>
        <translation>가장 이른 위치 (로그 시작)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest (the end: skip everything)</source>
        <translation>가장 최근 위치 (끝: 모두 건너뜀)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A given offset</source>
        <translation>지정한 오프셋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first record at or after a time</source>
        <translation>지정 시각 이후의 첫 레코드</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kafka allows this only while the group has no active members: stop its consumers first.</source>
        <translation>Kafka는 그룹에 활성 멤버가 없을 때만 이 작업을 허용합니다. 먼저 컨슈머를 중지하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Topic:</source>
        <translation>토픽:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partition:</source>
        <translation>파티션:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to:</source>
        <translation>재설정 위치:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value:</source>
        <translation>값:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset</source>
        <translation>재설정</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Offsets of group “%1” reset on %2 partitions</source>
        <translation>그룹 “%1”의 오프셋을 파티션 %2개에서 재설정했습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reset group “%1”: %2</source>
        <translation>그룹 “%1”을(를) 재설정하지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>warren::widgets::GroupLagTableModel</name>
    <message>
        <location filename="../widgets/models/group_lag_table_model.cpp" line="+82"/>
        <source>No committed offset</source>
        <translation>커밋된 오프셋 없음</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Topic</source>
        <translation>토픽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partition</source>
        <translation>파티션</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed</source>
        <translation>커밋됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High watermark</source>
        <translation>하이 워터마크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lag</source>
        <translation>랙</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offset the group committed (the next record it will read)</source>
        <translation>그룹이 커밋한 오프셋 (다음에 읽을 레코드)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offset the next produced record will get</source>
        <translation>다음에 프로듀스되는 레코드가 받을 오프셋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High watermark − committed offset</source>
        <translation>하이 워터마크 − 커밋된 오프셋</translation>
    </message>
</context>
<context>
    <name>warren::widgets::GroupMemberTableModel</name>
    <message>
        <location filename="../widgets/models/group_member_table_model.cpp" line="+59"/>
        <source>%1: %2</source>
        <comment>topic: partitions</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Member id</source>
        <translation>멤버 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client id</source>
        <translation>클라이언트 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned partitions</source>
        <translation>할당된 파티션</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Topic-partitions assigned to the member in the current generation</source>
        <translation>현재 세대에서 멤버에 할당된 토픽-파티션</translation>
    </message>
</context>
<context>
    <name>warren::widgets::LagChart</name>
    <message>
        <location filename="../widgets/plots/lag_chart.cpp" line="+31"/>
        <source>records behind</source>
        <translation>밀린 레코드</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+65"/>
        <source>Total lag</source>
        <translation>총 랙</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total lag of %1</source>
        <translation>%1의 총 랙</translation>
    </message>
</context>
<context>
    <name>warren::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/views/main_window.cpp" line="+52"/>
        <source>connections</source>
        <translation>연결</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Topology</source>
        <translation>토폴로지</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Event log</source>
        <translation>이벤트 로그</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish test messages…</source>
        <translation>테스트 메시지 발행…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send AMQP messages or Kafka records through the broker</source>
        <translation>브로커를 통해 AMQP 메시지나 Kafka 레코드를 보냅니다</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+111"/>
        <source>Not listening</source>
        <translation>수신 대기 안 함</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Waiting for the broker…</source>
        <translation>브로커를 기다리는 중…</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%1 on %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listening: %1</source>
        <translation>수신 대기: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connections: %1   Publish: %2   Deliver: %3   Kafka produce: %4   Kafka fetch: %5 msg/s</source>
        <translation>연결: %1   발행: %2   전달: %3   Kafka 프로듀스: %4   Kafka 페치: %5 msg/s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>memory alarm (%1 MiB used, watermark %2 MiB)</source>
        <translation>메모리 경보 (%1 MiB 사용, 상한 %2 MiB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disk alarm (%1 MiB free, limit %2 MiB)</source>
        <translation>디스크 경보 (여유 %1 MiB, 하한 %2 MiB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishers blocked: %1</source>
        <translation>발행자 차단됨: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n connection(s) blocked</source>
        <translation>
            <numerusform>연결 %n개 차단됨</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Topics (%1)</source>
        <translation>토픽 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumer groups (%1)</source>
        <translation>컨슈머 그룹 (%1)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Exchanges (%1)</source>
        <translation>익스체인지 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queues (%1)</source>
        <translation>큐 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections (%1)</source>
        <translation>연결 (%1)</translation>
    </message>
</context>
<context>
    <name>warren::widgets::OverviewPage</name>
    <message>
        <location filename="../widgets/views/overview_page.cpp" line="+31"/>
        <source>Listeners</source>
        <translation>리스너</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+111"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Totals</source>
        <translation>합계</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connections</source>
        <translation>연결</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>채널</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumers</source>
        <translation>컨슈머</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges</source>
        <translation>익스체인지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queues</source>
        <translation>큐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>대기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unacked</source>
        <translation>미확인</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topics</source>
        <translation>토픽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions</source>
        <translation>파티션</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumer groups</source>
        <translation>컨슈머 그룹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory (process)</source>
        <translation>메모리 (프로세스)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In queues</source>
        <translation>큐 내</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paged out</source>
        <translation>페이지 아웃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue logs</source>
        <translation>큐 로그</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready messages beyond their queue&apos;s memory budget, kept only on disk</source>
        <translation>큐의 메모리 한도를 넘어 디스크에만 보관된 대기 메시지</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message rates</source>
        <translation>메시지 처리율</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>msg/s</source>
        <translation>msg/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bytes/s</source>
        <translation>bytes/s</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+12"/>
        <source>Redelivered</source>
        <translation>재전달</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Deliveries of messages that were delivered before (requeued or recovered)</source>
        <translation>이전에 전달된 메시지의 전달(재큐잉 또는 복구)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kafka produced</source>
        <translation>Kafka 프로듀스</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kafka fetched</source>
        <translation>Kafka 페치</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Produced</source>
        <translation>프로듀스</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fetched</source>
        <translation>페치</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kafka produced and fetched, last 5 minutes</source>
        <translation>Kafka 프로듀스 및 페치, 최근 5분</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 on %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Published</source>
        <translation>발행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>전달</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Acknowledged</source>
        <translation>확인</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AMQP message rates, last 5 minutes</source>
        <translation>AMQP 메시지 속도, 최근 5분</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>warren::widgets::PartitionTableModel</name>
    <message>
        <location filename="../widgets/models/partition_table_model.cpp" line="+80"/>
        <source>%1 bytes</source>
        <translation>%1바이트</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Partition</source>
        <translation>파티션</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log start</source>
        <translation>로그 시작</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High watermark</source>
        <translation>하이 워터마크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments</source>
        <translation>세그먼트</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offset of the oldest record kept</source>
        <translation>보관 중인 가장 오래된 레코드의 오프셋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offset the next record will get</source>
        <translation>다음 레코드가 받을 오프셋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High watermark − log start offset</source>
        <translation>하이 워터마크 − 로그 시작 오프셋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log segment files</source>
        <translation>로그 세그먼트 파일</translation>
    </message>
</context>
<context>
    <name>warren::widgets::PayloadView</name>
    <message>
        <location filename="../widgets/views/payload_view.cpp" line="+23"/>
        <source>Auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hex</source>
        <translation>16진수</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+81"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>How to show the bytes</source>
        <translation>바이트를 보여 줄 방식</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>(null)</source>
        <translation>(null)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>first %1 shown</source>
        <translation>처음 %1 표시</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not valid text</source>
        <translation>올바른 텍스트가 아님</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>binary</source>
        <translation>바이너리</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too large to format as JSON: shown as %1</source>
        <translation>JSON으로 정리하기에 너무 큼: %1(으)로 표시</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>hex</source>
        <translation>16진수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not JSON: shown as %1</source>
        <translation>JSON 아님: %1(으)로 표시</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>warren::widgets::PublishDialog</name>
    <message>
        <location filename="../widgets/views/publish_panel.cpp" line="+521"/>
        <source>Publish test messages</source>
        <translation>테스트 메시지 발행</translation>
    </message>
</context>
<context>
    <name>warren::widgets::PublishPanel</name>
    <message>
        <location line="-464"/>
        <source>AMQP message</source>
        <translation>AMQP 메시지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kafka record</source>
        <translation>Kafka 레코드</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>How many messages to send</source>
        <translation>보낼 메시지 수</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> msg/s</source>
        <translation> msg/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as fast as possible</source>
        <translation>최대 속도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages per second for a repeated send</source>
        <translation>반복 전송 시 초당 메시지 수</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Messages:</source>
        <translation>메시지 수:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate:</source>
        <translation>속도:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The exchange to publish to; “%1” routes by queue name</source>
        <translation>발행할 익스체인지. “%1”은(는) 큐 이름으로 라우팅합니다</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+159"/>
        <source>(AMQP default)</source>
        <translation>(AMQP 기본)</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>e.g. orders.created</source>
        <translation>예: orders.created</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transient (1)</source>
        <translation>임시 (1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persistent (2)</source>
        <translation>영구 (2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not set</source>
        <translation>설정 안 함</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>milliseconds, e.g. 60000</source>
        <translation>밀리초, 예: 60000</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. msg-{n}</source>
        <translation>예: msg-{n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>key=value, one per line</source>
        <translation>한 줄에 하나씩 key=value</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Message body; {n} becomes the message number</source>
        <translation>메시지 본문. {n}은 메시지 번호로 바뀝니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination</source>
        <translation>대상</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virtual host:</source>
        <translation>가상 호스트:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange:</source>
        <translation>익스체인지:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing key:</source>
        <translation>라우팅 키:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Properties</source>
        <translation>속성</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery mode:</source>
        <translation>전달 모드:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content type:</source>
        <translation>콘텐츠 유형:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority:</source>
        <translation>우선순위:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiration:</source>
        <translation>만료:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message id:</source>
        <translation>메시지 ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>Headers:</source>
        <translation>헤더:</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Body</source>
        <translation>본문</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Publish</source>
        <translation>발행</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>topic name</source>
        <translation>토픽 이름</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>by key (round robin without one)</source>
        <translation>키 기준 (키가 없으면 라운드 로빈)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. customer-{n}</source>
        <translation>예: customer-{n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No key (null)</source>
        <translation>키 없음 (null)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record value; {n} becomes the record number</source>
        <translation>레코드 값. {n}은 레코드 번호로 바뀝니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>레코드</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic:</source>
        <translation>토픽:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partition:</source>
        <translation>파티션:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key:</source>
        <translation>키:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Produce</source>
        <translation>프로듀스</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Header line %1 is not key=value: “%2”</source>
        <translation>헤더 %1번째 줄이 key=value 형식이 아닙니다: “%2”</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose a virtual host.</source>
        <translation>가상 호스트를 선택하세요.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose or type a topic.</source>
        <translation>토픽을 선택하거나 입력하세요.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sending %1 messages…</source>
        <translation>메시지 %1개를 보내는 중…</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+11"/>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Unroutable: no binding matched, the message was dropped</source>
        <translation>라우팅 불가: 일치하는 바인딩이 없어 메시지가 버려졌습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routed to 1 queue</source>
        <translation>큐 1개로 라우팅됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routed to %1 queues</source>
        <translation>큐 %1개로 라우팅됨</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Partition %1, offset %2</source>
        <translation>파티션 %1, 오프셋 %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sent %1 of %2 · last: %3</source>
        <translation>%2개 중 %1개 전송 · 마지막: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 routed, %2 unroutable, %3 failed</source>
        <translation>라우팅 %1, 라우팅 불가 %2, 실패 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 stored, %2 failed</source>
        <translation>저장 %1, 실패 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped after %1 of %2</source>
        <translation>%2개 중 %1개 전송 후 중지됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: %1 of %2</source>
        <translation>완료: %2개 중 %1개</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) · last: %3</source>
        <translation>%1 (%2) · 마지막: %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The broker is not running</source>
        <translation>브로커가 실행 중이 아닙니다</translation>
    </message>
</context>
<context>
    <name>warren::widgets::QueueActions</name>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="-261"/>
        <source>Purge…</source>
        <translation>비우기…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Drop every ready message of queue “%1”?</source>
        <translation>큐 “%1”의 대기 메시지를 모두 버릴까요?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop every ready message of these %1 queues?</source>
        <translation>큐 %1개의 대기 메시지를 모두 버릴까요?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purge queue</source>
        <translation>큐 비우기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queue “%1” purged: %2 messages dropped</source>
        <translation>큐 “%1”을(를) 비웠습니다: 메시지 %2개 버림</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not purge queue “%1”: %2</source>
        <translation>큐 “%1”을(를) 비우지 못했습니다: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete queue “%1”?</source>
        <translation>큐 “%1”을(를) 삭제할까요?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete these %1 queues?</source>
        <translation>큐 %1개를 삭제할까요?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its messages are dropped and its consumers are cancelled.</source>
        <translation>메시지는 버려지고 컨슈머는 취소됩니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete queue</source>
        <translation>큐 삭제</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queue “%1” deleted with %2 messages</source>
        <translation>큐 “%1”을(를) 메시지 %2개와 함께 삭제했습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not delete queue “%1”: %2</source>
        <translation>큐 “%1”을(를) 삭제하지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>warren::widgets::QueueMessageBrowser</name>
    <message>
        <location filename="../widgets/views/queue_message_browser.cpp" line="+74"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auto-refresh</source>
        <translation>자동 새로 고침</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re-publish…</source>
        <translation>다시 발행…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Property</source>
        <translation>속성</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Header</source>
        <translation>헤더</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fetch the messages again. Browsing only looks: nothing is consumed or redelivered.</source>
        <translation>메시지를 다시 가져옵니다. 둘러보기는 보기만 합니다: 아무것도 소비하거나 재전달하지 않습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Position of the first message to fetch (0 = the next one to be delivered)</source>
        <translation>가져올 첫 메시지의 위치 (0 = 다음에 전달될 메시지)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many messages to fetch (at most 1,000)</source>
        <translation>가져올 메시지 수 (최대 1,000)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Fetch again every %n second(s) while this tab is shown</source>
        <translation>
            <numerusform>이 탭이 보이는 동안 %n초마다 다시 가져오기</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the fetched messages…</source>
        <translation>가져온 메시지 검색…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where to search</source>
        <translation>검색 범위</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the listed messages (those the search keeps) as JSON or CSV</source>
        <translation>목록의 메시지(검색 결과)를 JSON 또는 CSV로 저장</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish copies of the selected messages, with their properties, to an exchange. The originals stay in this queue: a message cannot be removed without consuming it.</source>
        <translation>선택한 메시지의 복사본을 속성과 함께 익스체인지로 발행합니다. 원본은 이 큐에 남습니다: 메시지는 소비하지 않고는 제거할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Payload</source>
        <translation>페이로드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties</source>
        <translation>속성</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+196"/>
        <source>Headers</source>
        <translation>헤더</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count</source>
        <translation>개수</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Fetching…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot browse: %1</source>
        <translation>둘러볼 수 없음: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The stream is empty.</source>
        <translation>스트림이 비어 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No messages from position %1: the stream holds %2.</source>
        <translation>위치 %1부터는 메시지가 없습니다. 스트림에는 %2개가 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stream offsets %1–%2 · %3 messages in the stream</source>
        <translation>스트림 오프셋 %1–%2 · 스트림의 메시지 %3개</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No ready messages (unacknowledged ones are not shown).</source>
        <translation>대기 중인 메시지가 없습니다(미확인 메시지는 표시하지 않음).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No messages from position %1: the queue has %2 ready.</source>
        <translation>위치 %1부터는 메시지가 없습니다: 큐에 대기 중인 메시지는 %2개입니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Messages %1–%2 of %3 ready</source>
        <translation>대기 중 %3개 중 메시지 %1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · positions approximate: the queue changed while it was read</source>
        <translation> · 위치는 근사치: 읽는 동안 큐가 바뀌었습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
Fetched at %2; nothing was consumed.</source>
        <translation>%1
%2에 가져옴; 아무것도 소비하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 fetched messages match</source>
        <translation>가져온 메시지 %2개 중 %1개 일치</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+99"/>
        <source>Select a queue to browse its messages.</source>
        <translation>메시지를 둘러볼 큐를 선택하세요.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Select a message to see its payload, properties and headers.</source>
        <translation>페이로드, 속성, 헤더를 보려면 메시지를 선택하세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stream offset %1</source>
        <translation>스트림 오프셋 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position %1</source>
        <translation>위치 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>published to the default exchange</source>
        <translation>기본 익스체인지로 발행됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>published to exchange %1</source>
        <translation>익스체인지 %1(으)로 발행됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routing key %1</source>
        <translation>라우팅 키 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>redelivered (delivered %n time(s) before)</source>
        <translation>
            <numerusform>재전달됨 (이전에 %n번 전달)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persistent</source>
        <translation>영구</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>transient</source>
        <translation>임시</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written %1</source>
        <translation>%1에 기록됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paged out to disk</source>
        <translation>디스크로 페이지 아웃됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stored on disk</source>
        <translation>디스크에 저장됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expires %1</source>
        <translation>%1에 만료</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dead-lettered from %1 (%2)</source>
        <translation>%1에서 데드 레터됨 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the first %1 of %2 fetched</source>
        <translation>가져온 %2 중 처음 %1만</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>content_type</source>
        <translation>content_type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content_encoding</source>
        <translation>content_encoding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delivery_mode</source>
        <translation>delivery_mode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 (persistent)</source>
        <translation>2 (영구)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (transient)</source>
        <translation>%1 (임시)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>priority</source>
        <translation>priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correlation_id</source>
        <translation>correlation_id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply_to</source>
        <translation>reply_to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expiration</source>
        <translation>expiration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message_id</source>
        <translation>message_id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timestamp</source>
        <translation>timestamp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user_id</source>
        <translation>user_id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>app_id</source>
        <translation>app_id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cluster_id</source>
        <translation>cluster_id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(undecodable)</source>
        <translation>(디코딩 불가)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Headers (%1)</source>
        <translation>헤더 (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No broker is running: start it (Settings tab) to browse messages.</source>
        <translation>실행 중인 브로커가 없습니다: 메시지를 둘러보려면 (설정 탭에서) 시작하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press Refresh to fetch the ready messages (nothing is consumed).</source>
        <translation>대기 중인 메시지를 가져오려면 새로 고침을 누르세요(아무것도 소비하지 않음).</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Exported %n message(s) to %1</source>
        <translation>
            <numerusform>메시지 %n개를 %1(으)로 내보냄</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export messages</source>
        <translation>메시지 내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>the default exchange</source>
        <translation>기본 익스체인지</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exchange %1</source>
        <translation>익스체인지 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) re-published to %1</source>
        <translation>
            <numerusform>메시지 %n개를 %1(으)로 다시 발행함</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>routed to %n queue(s) in all</source>
        <translation>
            <numerusform>모두 합해 큐 %n개로 라우팅됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unroutable (no binding matched; dropped)</source>
        <translation>
            <numerusform>%n개 라우팅 불가 (일치하는 바인딩 없음; 버려짐)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped: fetched only in part</source>
        <translation>
            <numerusform>%n개 건너뜀: 일부만 가져옴</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed: %1</source>
        <translation>
            <numerusform>%n개 실패: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing re-published: the selected messages were fetched only in part (larger than %1)</source>
        <translation>다시 발행하지 않음: 선택한 메시지는 일부만 가져왔습니다(%1보다 큼)</translation>
    </message>
</context>
<context>
    <name>warren::widgets::QueueTableModel</name>
    <message>
        <location filename="../widgets/models/queue_table_model.cpp" line="+81"/>
        <source>Storage failed: %1</source>
        <translation>저장소 오류: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 messages (%2) wait on disk and are read back as consumers need them</source>
        <translation>메시지 %1개(%2)가 디스크에서 대기하며 컨슈머가 필요할 때 다시 읽힙니다</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>failed</source>
        <comment>queue storage failed</comment>
        <translation>실패</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>D</source>
        <comment>durable queue</comment>
        <translation>D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AD</source>
        <comment>auto-delete queue</comment>
        <translation>AD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excl</source>
        <comment>exclusive queue</comment>
        <translation>Excl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Args</source>
        <comment>queue has arguments</comment>
        <translation>Args</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>durable</source>
        <translation>영속</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>transient</source>
        <translation>임시</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto-delete</source>
        <translation>자동 삭제</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exclusive</source>
        <translation>배타적</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>arguments: %1</source>
        <translation>인자: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Virtual host</source>
        <translation>가상 호스트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Features</source>
        <translation>특성</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>대기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unacked</source>
        <translation>미확인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumers</source>
        <translation>컨슈머</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In msg/s</source>
        <translation>유입 msg/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out msg/s</source>
        <translation>유출 msg/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paged out</source>
        <translation>페이지 아웃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On disk</source>
        <translation>디스크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments</source>
        <translation>인자</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>D = durable, AD = auto-delete, Excl = exclusive, Args = has arguments</source>
        <translation>D = 영속, AD = 자동 삭제, Excl = 배타적, Args = 인자 있음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages waiting for delivery</source>
        <translation>전달을 기다리는 메시지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages delivered and not yet acknowledged</source>
        <translation>전달되었지만 아직 확인되지 않은 메시지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready + unacked</source>
        <translation>대기 + 미확인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages enqueued per second</source>
        <translation>초당 큐에 들어온 메시지 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages delivered per second (to consumers and basic.get)</source>
        <translation>초당 전달된 메시지 수 (컨슈머 및 basic.get)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory held by the ready messages kept in memory</source>
        <translation>메모리에 있는 대기 메시지가 차지하는 메모리</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready messages beyond the queue&apos;s memory budget, kept only on disk</source>
        <translation>큐의 메모리 한도를 넘어 디스크에만 보관된 대기 메시지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size of the queue&apos;s log: persistent messages and paged-out ones</source>
        <translation>큐 로그의 크기: 영구 메시지와 페이지 아웃된 메시지</translation>
    </message>
</context>
<context>
    <name>warren::widgets::QueuesPage</name>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="+55"/>
        <source>queues</source>
        <translation>큐</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>consumers</source>
        <translation>컨슈머</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bindings</source>
        <translation>바인딩</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Argument</source>
        <translation>인자</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../app/screenshot_tour.cpp" line="+247"/>
        <location filename="../widgets/views/queues_page.cpp" line="+18"/>
        <source>Arguments</source>
        <translation>인자</translation>
    </message>
    <message>
        <location filename="../widgets/views/queues_page.cpp" line="+4"/>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Depth, last 5 minutes (select a queue)</source>
        <translation>깊이, 최근 5분 (큐를 선택하세요)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depth of “%1”, last 5 minutes</source>
        <translation>“%1”의 깊이, 최근 5분</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select a queue to see its depth, consumers, bindings and arguments.</source>
        <translation>큐를 선택하면 깊이, 컨슈머, 바인딩, 인자가 표시됩니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ready · %2 unacked · in %3 msg/s · out %4 msg/s</source>
        <translation>대기 %1 · 미확인 %2 · 유입 %3 msg/s · 유출 %4 msg/s</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>durable</source>
        <translation>영속</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>transient</source>
        <translation>임시</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exclusive</source>
        <translation>배타적</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto-delete</source>
        <translation>자동 삭제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Features: %1</source>
        <translation>특성: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dead letters go to exchange %1 with their routing keys</source>
        <translation>데드 레터는 원래 라우팅 키로 익스체인지 %1(으)로 갑니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead letters go to exchange %1 with routing key %2</source>
        <translation>데드 레터는 라우팅 키 %2(으)로 익스체인지 %1(으)로 갑니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expired %1</source>
        <translation>만료 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dead-lettered %1</source>
        <translation>데드 레터 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropped or refused by the length limit %1</source>
        <translation>길이 제한으로 버려지거나 거부됨 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicates refused %1</source>
        <translation>중복 거부 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>So far: %1</source>
        <translation>지금까지: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Consumers (%1)</source>
        <translation>컨슈머 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bindings (%1)</source>
        <translation>바인딩 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments (%1)</source>
        <translation>인자 (%1)</translation>
    </message>
</context>
<context>
    <name>warren::widgets::RateChart</name>
    <message>
        <location filename="../widgets/plots/rate_chart.cpp" line="+41"/>
        <source>msg/s</source>
        <translation>msg/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published</source>
        <translation>발행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>전달</translation>
    </message>
</context>
<context>
    <name>warren::widgets::RecordDetailView</name>
    <message>
        <location filename="../widgets/views/record_detail_view.cpp" line="+32"/>
        <location line="+5"/>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+4"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <location line="+34"/>
        <source>Headers</source>
        <translation>헤더</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Select a record to see its key, value and headers.</source>
        <translation>키, 값, 헤더를 보려면 레코드를 선택하세요.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>log append time</source>
        <translation>로그 추가 시각</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>create time</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partition %1 · offset %2 · %3 (%4) · %5 · batch compression: %6</source>
        <translation>파티션 %1 · 오프셋 %2 · %3 (%4) · %5 · 배치 압축: %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · producer id %1</source>
        <translation> · 프로듀서 ID %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(null)</source>
        <translation>(null)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Headers (%1)</source>
        <translation>헤더 (%1)</translation>
    </message>
</context>
<context>
    <name>warren::widgets::RepublishDialog</name>
    <message>
        <location filename="../widgets/dialogs/republish_dialog.cpp" line="+17"/>
        <source>(AMQP default)</source>
        <translation>(AMQP 기본)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Re-publish messages</source>
        <translation>메시지 다시 발행</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Publishes a copy of %n message(s) with the original properties and body.</source>
        <translation>
            <numerusform>메시지 %n개의 복사본을 원래 속성과 본문으로 발행합니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The originals stay in this queue: a message cannot be removed from a queue without consuming it.</source>
        <translation>원본은 이 큐에 남습니다: 메시지는 소비하지 않고는 큐에서 제거할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Virtual host:</source>
        <translation>가상 호스트:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange:</source>
        <translation>익스체인지:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing key:</source>
        <translation>라우팅 키:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each message keeps its own routing key</source>
        <translation>각 메시지는 자신의 라우팅 키를 유지</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re-publish</source>
        <translation>다시 발행</translation>
    </message>
</context>
<context>
    <name>warren::widgets::ScheduledMessageModel</name>
    <message>
        <location filename="../widgets/models/scheduled_message_model.cpp" line="+26"/>
        <source>now</source>
        <translation>지금</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1 s</source>
        <translation>%1초 후</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in %1 min %2 s</source>
        <translation>%1분 %2초 후</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1 h %2 min</source>
        <translation>%1시간 %2분 후</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1 d %2 h</source>
        <translation>%1일 %2시간 후</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kept in the exchange&apos;s log: it survives a restart</source>
        <translation>익스체인지의 로그에 보관됨: 재시작 후에도 남습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the first %1 were fetched</source>
        <translation>처음 %1만 가져왔습니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Due at</source>
        <translation>예정 시각</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due in</source>
        <translation>남은 시간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing key</source>
        <translation>라우팅 키</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persistent</source>
        <translation>영속</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message id</source>
        <translation>메시지 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payload</source>
        <translation>페이로드</translation>
    </message>
</context>
<context>
    <name>warren::widgets::SettingsPage</name>
    <message>
        <location filename="../widgets/views/settings_page.cpp" line="+28"/>
        <source>any free port</source>
        <translation>사용 가능한 아무 포트</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enabled</source>
        <translation>사용</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep forever</source>
        <translation>영구 보관</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and restart broker</source>
        <translation>저장 후 브로커 재시작</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start broker</source>
        <translation>브로커 시작</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop broker</source>
        <translation>브로커 중지</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address the listeners bind to: 127.0.0.1 for this machine only, 0.0.0.0 for all</source>
        <translation>리스너가 바인드할 주소: 이 컴퓨터에서만 접속하려면 127.0.0.1, 모든 곳에서 접속하려면 0.0.0.0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Always — fsync before acknowledging (safest)</source>
        <translation>항상 — 확인 전에 fsync (가장 안전)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interval — group commit every few ms (default)</source>
        <translation>주기 — 몇 ms마다 그룹 커밋 (기본값)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never — leave it to the page cache (fastest)</source>
        <translation>안 함 — 페이지 캐시에 맡김 (가장 빠름)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> hours</source>
        <translation> 시간</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask what to do</source>
        <translation>매번 묻기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the broker running in the background</source>
        <translation>백그라운드에서 브로커 계속 실행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the broker and quit</source>
        <translation>브로커 중지 후 종료</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Broker</source>
        <translation>브로커</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Listeners</source>
        <translation>리스너</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bind address:</source>
        <translation>바인드 주소:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AMQP 0-9-1 port:</source>
        <translation>AMQP 0-9-1 포트:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kafka port:</source>
        <translation>Kafka 포트:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PEM certificate (and chain); empty = no TLS listeners</source>
        <translation>PEM 인증서(및 체인). 비우면 TLS 리스너 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM private key, unencrypted</source>
        <translation>암호화되지 않은 PEM 개인 키</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Certificate file:</source>
        <translation>인증서 파일:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TLS certificate</source>
        <translation>TLS 인증서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key file:</source>
        <translation>키 파일:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TLS private key</source>
        <translation>TLS 개인 키</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kafka over TLS:</source>
        <translation>TLS 위의 Kafka:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AMQP over TLS port:</source>
        <translation>TLS 위의 AMQP 포트:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage</source>
        <translation>저장소</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+19"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data directory:</source>
        <translation>데이터 디렉터리:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durability:</source>
        <translation>영속성:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default topic retention:</source>
        <translation>기본 토픽 보존 기간:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>애플리케이션</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing the window:</source>
        <translation>창을 닫을 때:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listener, storage and retention settings take effect when the broker restarts; the language when Warren is started again. Options given on the command line take precedence over saved ones.</source>
        <translation>리스너, 저장소, 보존 설정은 브로커를 다시 시작할 때, 언어는 Warren을 다시 실행할 때 적용됩니다. 명령줄에서 지정한 옵션이 저장된 설정보다 우선합니다.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Settings cannot be saved here.</source>
        <translation>여기에는 설정을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The broker still runs with the previous listener and storage settings until it is restarted.</source>
        <translation>브로커는 다시 시작할 때까지 이전 리스너 및 저장소 설정으로 실행됩니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language changes the next time Warren starts.</source>
        <translation>언어는 다음에 Warren을 시작할 때 바뀝니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+17"/>
        <source>The broker did not start: %1</source>
        <translation>브로커를 시작하지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Saved; the broker restarted with these settings.</source>
        <translation>저장했습니다. 브로커가 이 설정으로 다시 시작되었습니다.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The broker stopped; clients were told CONNECTION_FORCED (320) and data was flushed.</source>
        <translation>브로커가 중지되었습니다. 클라이언트에 CONNECTION_FORCED (320)를 알리고 데이터를 디스크에 기록했습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No broker is attached to this window.</source>
        <translation>이 창에 연결된 브로커가 없습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM 파일 (*.pem *.crt *.key);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data directory</source>
        <translation>데이터 디렉터리</translation>
    </message>
</context>
<context>
    <name>warren::widgets::TablePage</name>
    <message>
        <location filename="../widgets/views/table_page.cpp" line="+34"/>
        <source>Filter %1…</source>
        <translation>%1 필터…</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %3개 중 %2개</translation>
    </message>
</context>
<context>
    <name>warren::widgets::TopicActions</name>
    <message>
        <location filename="../widgets/views/management_actions.cpp" line="+9"/>
        <source>Create topic…</source>
        <translation>토픽 만들기…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create topic</source>
        <translation>토픽 만들기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>문자, 숫자, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>broker default</source>
        <translation>브로커 기본값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> hours</source>
        <translation> 시간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep forever</source>
        <translation>영구 보관</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions:</source>
        <translation>파티션:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention:</source>
        <translation>보존 기간:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Topic “%1” created</source>
        <translation>토픽 “%1”을(를) 만들었습니다</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not create topic “%1”: %2</source>
        <translation>토픽 “%1”을(를) 만들지 못했습니다: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Streams are AMQP queues: delete them on the Queues tab</source>
        <translation>스트림은 AMQP 큐입니다: 큐 탭에서 삭제하세요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete topic “%1”?</source>
        <translation>토픽 “%1”을(를) 삭제할까요?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete these %1 topics?</source>
        <translation>토픽 %1개를 삭제할까요?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its records are deleted from disk.</source>
        <translation>레코드가 디스크에서 삭제됩니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete topic</source>
        <translation>토픽 삭제</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Topic “%1” deleted</source>
        <translation>토픽 “%1”을(를) 삭제했습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not delete topic “%1”: %2</source>
        <translation>토픽 “%1”을(를) 삭제하지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>warren::widgets::TopicMessageBrowser</name>
    <message>
        <location filename="../widgets/views/topic_message_browser.cpp" line="+37"/>
        <source>Match case</source>
        <translation>대소문자 구분</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse</source>
        <translation>둘러보기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live tail</source>
        <translation>실시간 추적</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Produce…</source>
        <translation>프로듀스…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Earliest</source>
        <translation>가장 이른 위치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest N (per partition)</source>
        <translation>최근 N개 (파티션별)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offset</source>
        <translation>오프셋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>At most this many records per request</source>
        <translation>요청당 최대 레코드 수</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search text (empty: every record)</source>
        <translation>검색어 (비우면 모든 레코드)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>anywhere</source>
        <translation>전체</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in keys</source>
        <translation>키에서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in values</source>
        <translation>값에서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in headers</source>
        <translation>헤더에서</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read records from the chosen start, keeping those that match the search</source>
        <translation>선택한 위치부터 레코드를 읽고 검색에 맞는 것만 남깁니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read on from where the last answer stopped</source>
        <translation>마지막 응답이 멈춘 곳부터 이어서 읽기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show new records as they arrive (while this page is visible)</source>
        <translation>새 레코드가 도착하는 대로 표시 (이 페이지가 보이는 동안)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the listed records as JSON or CSV</source>
        <translation>목록의 레코드를 JSON 또는 CSV로 저장</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Open the publish window to produce records to this topic</source>
        <translation>이 토픽에 레코드를 프로듀스할 발행 창 열기</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Partition</source>
        <translation>파티션</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start from</source>
        <translation>시작 위치</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Max records</source>
        <translation>최대 레코드</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>All</source>
        <translation>모두</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>N records</source>
        <translation>레코드 N개</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>offset</source>
        <translation>오프셋</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No broker is running: start it on the Settings tab to browse records.</source>
        <translation>실행 중인 브로커가 없습니다: 레코드를 둘러보려면 설정 탭에서 시작하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a topic above to browse its records.</source>
        <translation>레코드를 둘러볼 토픽을 위에서 선택하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A stream is written over AMQP: publish to its queue in the publish window&apos;s AMQP tab</source>
        <translation>스트림은 AMQP로 기록됩니다: 발행 창의 AMQP 탭에서 해당 큐로 발행하세요</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Reading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot browse: %1</source>
        <translation>둘러볼 수 없음: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n record(s) listed</source>
        <translation>
            <numerusform>레코드 %n개 표시</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 records scanned</source>
        <translation> · 레코드 %1개 검사</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 ms</source>
        <translation> · %1 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · following new records</source>
        <translation> · 새 레코드 추적 중</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> · end of the topic</source>
        <translation> · 토픽 끝</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · more records follow: Continue</source>
        <translation> · 레코드가 더 있음: 계속</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · search paused after its time budget: Continue searches on</source>
        <translation> · 시간 예산이 다 되어 검색 일시 중지: 계속을 누르면 이어서 검색</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · error: %1</source>
        <translation> · 오류: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Export records</source>
        <translation>레코드 내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n record(s) exported to %1</source>
        <translation>
            <numerusform>레코드 %n개를 %1(으)로 내보냄</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warren::widgets::TopicMessageModel</name>
    <message>
        <location filename="../widgets/models/topic_message_model.cpp" line="+28"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Log append time</source>
        <translation>로그 추가 시각</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create time</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (null)</source>
        <translation>%1 (null)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Partition</source>
        <translation>파티션</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offset</source>
        <translation>오프셋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timestamp</source>
        <translation>타임스탬프</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headers</source>
        <translation>헤더</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compression</source>
        <translation>압축</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+1"/>
        <source>(null)</source>
        <translation>(null)</translation>
    </message>
</context>
<context>
    <name>warren::widgets::TopicTableModel</name>
    <message>
        <location filename="../widgets/models/topic_table_model.cpp" line="+112"/>
        <source>AMQP stream “%1” in vhost %2 (x-queue-type: stream), shown as a one-partition log</source>
        <translation>vhost %2의 AMQP 스트림 “%1”(x-queue-type: stream), 파티션 하나인 로그로 표시</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 bytes</source>
        <translation>%1바이트</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Topic</source>
        <translation>토픽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions</source>
        <translation>파티션</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Produce msg/s</source>
        <translation>프로듀스 msg/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configs</source>
        <translation>설정</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Records kept: high watermark − log start offset, summed over partitions</source>
        <translation>보관 중인 레코드: 모든 파티션의 (하이 워터마크 − 로그 시작 오프셋) 합계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes on disk over all partitions</source>
        <translation>모든 파티션이 디스크에서 차지하는 바이트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records appended per second (growth of the high watermarks)</source>
        <translation>초당 추가된 레코드 수 (하이 워터마크 증가량)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic-level configs (key=value)</source>
        <translation>토픽 수준 설정 (key=value)</translation>
    </message>
</context>
<context>
    <name>warren::widgets::TopicsPage</name>
    <message>
        <location filename="../widgets/views/topics_page.cpp" line="+23"/>
        <source>topics</source>
        <translation>토픽</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>partitions</source>
        <translation>파티션</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Partitions</source>
        <translation>파티션</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Select a topic to see its partitions and messages</source>
        <translation>파티션과 메시지를 보려면 토픽을 선택하세요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AMQP stream “%1” in vhost %2</source>
        <translation>vhost %2의 AMQP 스트림 “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic “%1”</source>
        <translation>토픽 “%1”</translation>
    </message>
</context>
<context>
    <name>warren::widgets::TopologyPage</name>
    <message>
        <location filename="../widgets/views/topology_page.cpp" line="+46"/>
        <source>Default exchange</source>
        <translation>기본 익스체인지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unused amq.* exchanges</source>
        <translation>사용하지 않는 amq.* 익스체인지</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All virtual hosts</source>
        <translation>모든 가상 호스트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by name…</source>
        <translation>이름으로 필터…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows exchanges, queues and consumer tags containing this text, with their neighbours</source>
        <translation>이 텍스트를 포함하는 익스체인지, 큐, 컨슈머 태그와 그 이웃을 표시합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the default exchange and its implicit binding to every queue</source>
        <translation>기본 익스체인지와 모든 큐로의 암묵적 바인딩을 표시합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show amq.* exchanges that have no bindings and no traffic</source>
        <translation>바인딩과 트래픽이 없는 amq.* 익스체인지를 표시합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>축소 (Ctrl+휠)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>확대 (Ctrl+휠)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit the whole topology into the view</source>
        <translation>전체 토폴로지를 화면에 맞춥니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidy</source>
        <translation>정렬</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lay everything out afresh (positions otherwise stay put)</source>
        <translation>전체를 새로 배치합니다 (그 외에는 위치가 유지됨)</translation>
    </message>
    <message>
        <location line="+330"/>
        <source>Virtual host %1</source>
        <translation>가상 호스트 %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 exchanges · %2 queues · %3 consumers · %4 active links</source>
        <translation>익스체인지 %1 · 큐 %2 · 컨슈머 %3 · 활성 링크 %4</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Click a node for its details; double-click opens it in its tab. Moving dots are messages, thicker lines carry more (per binding, estimated from exchange and queue counters).</source>
        <translation>노드를 클릭하면 상세 정보가, 더블클릭하면 해당 탭이 열립니다. 움직이는 점은 메시지이며, 선이 굵을수록 더 많이 흐릅니다 (바인딩별, 익스체인지와 큐 카운터로 추정).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open in Exchanges tab</source>
        <translation>익스체인지 탭에서 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in Queues tab</source>
        <translation>큐 탭에서 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open queue in Queues tab</source>
        <translation>큐 탭에서 큐 열기</translation>
    </message>
</context>
<context>
    <name>warren::widgets::UsersPage</name>
    <message>
        <location filename="../widgets/views/users_page.cpp" line="+35"/>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vhost</source>
        <translation>가상 호스트</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Configure</source>
        <translation>구성</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write</source>
        <translation>쓰기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read</source>
        <translation>읽기</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add user…</source>
        <translation>사용자 추가…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a user with a password and tags</source>
        <translation>비밀번호와 태그로 사용자를 만듭니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+142"/>
        <source>Delete user</source>
        <translation>사용자 삭제</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Delete the selected user</source>
        <translation>선택한 사용자를 삭제합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set password…</source>
        <translation>비밀번호 설정…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the selected user&apos;s password</source>
        <translation>선택한 사용자의 비밀번호를 바꿉니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set tags…</source>
        <translation>태그 설정…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the selected user&apos;s tags</source>
        <translation>선택한 사용자의 태그를 바꿉니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set permissions…</source>
        <translation>권한 설정…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set the selected user&apos;s configure/write/read patterns in a vhost</source>
        <translation>가상 호스트에서 선택한 사용자의 구성/쓰기/읽기 패턴을 설정합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear permissions</source>
        <translation>권한 지우기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected user&apos;s permissions in the selected row&apos;s vhost</source>
        <translation>선택한 행의 가상 호스트에서 선택한 사용자의 권한을 제거합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add vhost…</source>
        <translation>가상 호스트 추가…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a virtual host</source>
        <translation>가상 호스트를 만듭니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete vhost…</source>
        <translation>가상 호스트 삭제…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete a virtual host with its queues and exchanges</source>
        <translation>가상 호스트를 큐와 익스체인지와 함께 삭제합니다</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Virtual hosts: %1</source>
        <translation>가상 호스트: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add user</source>
        <translation>사용자 추가</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>administrator, monitoring, …</source>
        <translation>administrator, monitoring, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>비밀번호:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags:</source>
        <translation>태그:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>User &apos;%1&apos; added</source>
        <translation>사용자 &apos;%1&apos; 추가됨</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete user &apos;%1&apos;?</source>
        <translation>사용자 &apos;%1&apos;을(를) 삭제할까요?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User &apos;%1&apos; deleted</source>
        <translation>사용자 &apos;%1&apos; 삭제됨</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set password</source>
        <translation>비밀번호 설정</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New password for &apos;%1&apos;:</source>
        <translation>&apos;%1&apos;의 새 비밀번호:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password of &apos;%1&apos; changed</source>
        <translation>&apos;%1&apos;의 비밀번호가 바뀌었습니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set tags</source>
        <translation>태그 설정</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags of &apos;%1&apos; (comma-separated):</source>
        <translation>&apos;%1&apos;의 태그 (쉼표로 구분):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tags of &apos;%1&apos; set</source>
        <translation>&apos;%1&apos;의 태그가 설정되었습니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set permissions of &apos;%1&apos;</source>
        <translation>&apos;%1&apos;의 권한 설정</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Vhost:</source>
        <translation>가상 호스트:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure regexp:</source>
        <translation>구성 정규식:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write regexp:</source>
        <translation>쓰기 정규식:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read regexp:</source>
        <translation>읽기 정규식:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Permissions of &apos;%1&apos; in vhost &apos;%2&apos; set</source>
        <translation>가상 호스트 &apos;%2&apos;에서 &apos;%1&apos;의 권한이 설정되었습니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Permissions of &apos;%1&apos; in vhost &apos;%2&apos; cleared</source>
        <translation>가상 호스트 &apos;%2&apos;에서 &apos;%1&apos;의 권한이 지워졌습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add vhost</source>
        <translation>가상 호스트 추가</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new virtual host:</source>
        <translation>새 가상 호스트 이름:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vhost &apos;%1&apos; added</source>
        <translation>가상 호스트 &apos;%1&apos; 추가됨</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no vhost to delete (the default vhost &apos;/&apos; stays)</source>
        <translation>삭제할 가상 호스트가 없습니다 (기본 가상 호스트 &apos;/&apos;는 남습니다)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete vhost</source>
        <translation>가상 호스트 삭제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this virtual host with all its queues, exchanges and permissions, and close its connections:</source>
        <translation>이 가상 호스트를 모든 큐, 익스체인지, 권한과 함께 삭제하고 연결을 닫습니다:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vhost &apos;%1&apos; deleted</source>
        <translation>가상 호스트 &apos;%1&apos; 삭제됨</translation>
    </message>
</context>
</TS>
