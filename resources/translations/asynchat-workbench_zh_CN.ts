<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>LabLessons</name>
    <message>
        <source>the input has a bad escape</source>
        <translation>输入中有错误的转义</translation>
    </message>
    <message>
        <source>1. A terminator split across reads</source>
        <translation>1. 跨越两次读取的终止符</translation>
    </message>
    <message>
        <source>TCP delivers bytes, not messages: a read may end anywhere, even between the \r and the \n of a line end.

Step by read. Read 1 ends in \r: the framer cannot know yet whether \n follows, so it holds the \r back. Read 2 brings the \n: the terminator is found across the two reads, and foundTerminator() is called once.

The script here is \n, so the \r stays in the frames.</source>
        <translation>TCP 传递的是字节，不是消息：一次读取可能在任何位置结束，甚至在行尾的 \r 和 \n 之间。

按读取单步执行。第 1 次读取以 \r 结尾：分帧器还无法知道后面是否跟着 \n，所以先保留（held back）这个 \r。第 2 次读取带来 \n：终止符跨越两次读取被找到，foundTerminator() 只调用一次。

这里的脚本是 \n，所以 \r 留在了帧里。</translation>
    </message>
    <message>
        <source>Change the terminator script so that the frames are PING and PONG, without \r, whatever the reads. Then press Check.</source>
        <translation>修改终止符脚本，使帧为 PING 和 PONG（不含 \r），无论怎样读取都一样。然后点击“检查练习”。</translation>
    </message>
    <message>
        <source>2. The held-back prefix</source>
        <translation>2. 保留的前缀</translation>
    </message>
    <message>
        <source>SMTP ends a message with \r\n.\r\n. Bytes that may be the start of the terminator are never given to collectIncomingData(): they are held back until a later read shows whether the terminator follows.

Step by event with 1-byte reads and watch the orange bytes: \r, then \r\n, then \r\n. wait at the end of each read; a byte that breaks the pattern releases them into the frame.</source>
        <translation>SMTP 用 \r\n.\r\n 结束一封邮件。可能是终止符开头的字节永远不会交给 collectIncomingData()：它们被保留，直到后面的读取表明终止符是否紧随其后。

以每次 1 字节的读取按事件单步执行，观察橙色字节：\r、然后 \r\n、然后 \r\n. 在每次读取的末尾等待；打破这个模式的字节会把它们释放到帧中。</translation>
    </message>
    <message>
        <source>Write the script for this SMTP exchange: the command DATA ends with \r\n, the message with \r\n.\r\n. At the end, Hi must still be collected and \r\n.\r held back.</source>
        <translation>为这段 SMTP 交互编写脚本：命令 DATA 以 \r\n 结尾，邮件以 \r\n.\r\n 结尾。最后，Hi 必须仍处于已收集状态，\r\n.\r 被保留。</translation>
    </message>
    <message>
        <source>3. A line, then a byte count</source>
        <translation>3. 先一行，再按字节数</translation>
    </message>
    <message>
        <source>Many protocols send a header line with a length, then exactly that many bytes (RESP, HTTP bodies, netstrings). The handler sets a count terminator inside foundTerminator() for the header, and a line terminator again after the body.

A count counts only bytes that arrive after it is set: the body may contain \r\n without ending the frame. (A real handler computes the count from the header; the lab's script writes it out.)</source>
        <translation>许多协议先发送一行带长度的头部，然后恰好发送这么多字节（RESP、HTTP 消息体、netstring）。处理程序在头部的 foundTerminator() 中设置计数终止符，消息体之后再设置行终止符。

计数只统计设置之后到达的字节：消息体可以包含 \r\n 而不会结束帧。（真实的处理程序根据头部计算计数；实验室的脚本直接写出它。）</translation>
    </message>
    <message>
        <source>Write the script so that the frames are 5, hello, 12 and hello, world (the second body contains a comma and a space).</source>
        <translation>编写脚本，使帧依次为 5、hello、12 和 hello, world（第二个消息体包含一个逗号和一个空格）。</translation>
    </message>
    <message>
        <source>4. The seed's overwrite bug and slow clients</source>
        <translation>4. 种子程序的覆盖错误与慢速客户端</translation>
    </message>
    <message>
        <source>The seed's handler wrote self.data = data in collect_incoming_data() instead of self.data += data. A fast client sends a line in one read: collectIncomingData() is called once per frame and the bug is invisible.

Here the client is slow (1 byte per read) and the mistake is switched on. Step by event: every call replaces the buffer, and the frame is only the last byte. Run the invariance check: it shows the first chunking that gives other frames than one read.</source>
        <translation>种子程序的处理程序在 collect_incoming_data() 中写的是 self.data = data，而不是 self.data += data。快速客户端在一次读取中发送整行：每帧只调用一次 collectIncomingData()，错误不可见。

这里客户端很慢（每次读取 1 字节），并且打开了这个错误。按事件单步执行：每次调用都替换缓冲区，帧只剩最后一个字节。运行不变性检查：它会显示第一个与一次读取结果不同的分块方式。</translation>
    </message>
    <message>
        <source>Make the slow client's frame HELLO WORLD again: fix the handler (switch the mistake off).</source>
        <translation>让慢速客户端的帧重新成为 HELLO WORLD：修复处理程序（关闭这个错误）。</translation>
    </message>
    <message>
        <source>5. Framing an HTTP request head</source>
        <translation>5. 对 HTTP 请求头分帧</translation>
    </message>
    <message>
        <source>The seed's server reads a request head: lines ending in \r\n, then an empty line. With \r\n as the terminator each line is a frame and the empty line is an empty frame; the handler must count lines.

With \r\n\r\n the whole head is one frame. Step with 1-byte reads and watch the held-back prefix grow: \r, \r\n, \r\n\r, then the match.</source>
        <translation>种子程序的服务器读取请求头：以 \r\n 结尾的若干行，然后是一个空行。以 \r\n 作终止符时，每行是一帧，空行是一个空帧；处理程序必须自己数行。

以 \r\n\r\n 作终止符时，整个请求头是一帧。用每次 1 字节的读取单步执行，观察保留的前缀逐渐变长：\r、\r\n、\r\n\r，然后匹配。</translation>
    </message>
    <message>
        <source>Frame the whole request head as one frame (without the final empty line).</source>
        <translation>把整个请求头作为一帧（不含最后的空行）。</translation>
    </message>
</context>
<context>
    <name>LabScript</name>
    <message>
        <source>no quotes around entries: write \r\n, not "\r\n" (a quote byte is \x22)</source>
        <translation>条目两边不加引号：写 \r\n，而不是 "\r\n"（引号字节写作 \x22）</translation>
    </message>
    <message>
        <source>a count is written count:N, in lower case (for example count:5)</source>
        <translation>计数写作小写的 count:N（例如 count:5）</translation>
    </message>
    <message>
        <source>no terminator is written none, in lower case</source>
        <translation>无终止符写作小写的 none</translation>
    </message>
    <message>
        <source>"count:" is run into other bytes: separate the entries with a space (\r\n count:4)</source>
        <translation>“count:”与其他字节连在一起：请用空格分隔条目（\r\n count:4）</translation>
    </message>
    <message>
        <source>"none" is run into other bytes: separate the entries with a space</source>
        <translation>“none”与其他字节连在一起：请用空格分隔条目</translation>
    </message>
    <message>
        <source>empty entry</source>
        <translation>空条目</translation>
    </message>
    <message>
        <source>unknown or incomplete escape (allowed: \r \n \t \0 \\ \xHH)</source>
        <translation>未知或不完整的转义（允许：\r \n \t \0 \\ \xHH）</translation>
    </message>
    <message>
        <source>count:N needs a whole number</source>
        <translation>count:N 需要一个整数</translation>
    </message>
    <message>
        <source>a count must not be negative</source>
        <translation>计数不能为负数</translation>
    </message>
    <message>
        <source>the count is too large</source>
        <translation>计数太大</translation>
    </message>
    <message>
        <source>enter at least one terminator (none for no terminator)</source>
        <translation>请至少输入一个终止符（无终止符写 none）</translation>
    </message>
    <message>
        <source>live change "%1": write BYTES:SPEC, for example 12:count:5</source>
        <translation>实时更改“%1”：请写成 BYTES:SPEC，例如 12:count:5</translation>
    </message>
    <message>
        <source>the read size is a whole number from 1</source>
        <translation>读取大小是从 1 起的整数</translation>
    </message>
    <message>
        <source>read sizes are whole numbers from 1, separated by commas (3,1,5)</source>
        <translation>读取大小是从 1 起的整数，用逗号分隔（3,1,5）</translation>
    </message>
    <message>
        <source>the seed is a whole number</source>
        <translation>种子是一个整数</translation>
    </message>
    <message>
        <source>HTTP request head (the seed's request)</source>
        <translation>HTTP 请求头（种子程序的请求）</translation>
    </message>
    <message>
        <source>Line protocol (\r\n)</source>
        <translation>行协议（\r\n）</translation>
    </message>
    <message>
        <source>RESP bulk string ($5\r\nhello\r\n)</source>
        <translation>RESP 批量字符串（$5\r\nhello\r\n）</translation>
    </message>
    <message>
        <source>Netstring (5:hello,)</source>
        <translation>Netstring（5:hello,）</translation>
    </message>
    <message>
        <source>Length header, then count:N</source>
        <translation>长度头部，然后 count:N</translation>
    </message>
    <message>
        <source>live change "%1": %2</source>
        <translation>实时更改“%1”：%2</translation>
    </message>
</context>
<context>
    <name>LabStepper</name>
    <message>
        <source>The terminator is none: everything is collected, no frame ends.</source>
        <translation>终止符为 none：所有字节都被收集，没有帧结束。</translation>
    </message>
    <message>
        <source>The count %1 is reached.</source>
        <translation>计数 %1 已达到。</translation>
    </message>
    <message>
        <source>The handler sets the next terminator: %1.</source>
        <translation>处理程序设置下一个终止符：%1。</translation>
    </message>
    <message>
        <source>Nothing re-armed the count: the terminator is now none.</source>
        <translation>没有重新设置计数：终止符现在为 none。</translation>
    </message>
    <message>
        <source>After %1 bytes the terminator is set to %2 from outside a callback (a live change, between two reads). Collected bytes stay collected; held-back bytes are searched again under the new terminator with the next read.</source>
        <translation>%1 字节之后，终止符在回调之外被设置为 %2（实时更改，发生在两次读取之间）。已收集的字节仍然是已收集的；保留的字节在下一次读取时按新的终止符重新搜索。</translation>
    </message>
    <message>
        <source>Frame %1 passed the maximum frame size: framing stops (a server closes the connection).</source>
        <translation>第 %1 帧超过了最大帧大小：分帧停止（服务器会关闭连接）。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>Read %1 brings %n byte(s) at %2: %3.</source>
        <translation>
            <numerusform>第 %1 次读取在 %2 处带来 %n 字节：%3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n byte(s) held back after the last read come first: the framer searches %1.</source>
        <translation>
            <numerusform>上次读取后保留的 %n 字节排在最前：分帧器搜索 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>collectIncomingData() receives %1 (%n byte(s), at %2) for frame %3.</source>
        <translation>
            <numerusform>collectIncomingData() 收到 %1（%n 字节，位于 %2），属于第 %3 帧。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The count wants %n more byte(s).</source>
        <translation>
            <numerusform>计数还需要 %n 字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>The search for %1 looked at %2 and matched at %3.</source>
        <translation>对 %1 的搜索查看了 %2，在 %3 处匹配。</translation>
    </message>
    <message numerus="yes">
        <source>foundTerminator(): frame %1 = %2 (%n byte(s)).</source>
        <translation>
            <numerusform>foundTerminator()：第 %1 帧 = %2（%n 字节）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No %1 at %2. The last %n byte(s) %3 are the start of %1: they are held back, not delivered, until the next read shows what follows.</source>
        <translation>
            <numerusform>%2 中没有 %1。最后 %n 字节 %3 是 %1 的开头：它们被保留，不交付，直到下一次读取表明后面是什么。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Now: %n frame(s); collected (pending): %1; held back: %2; terminator: %3.</source>
        <translation>
            <numerusform>当前：%n 帧；已收集（待定）：%1；保留：%2；终止符：%3。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acw::ByteCopy</name>
    <message>
        <source>Copy bytes as &amp;hex</source>
        <translation>将字节复制为十六进制(&amp;H)</translation>
    </message>
    <message>
        <source>Copy bytes as &amp;C string</source>
        <translation>将字节复制为 C 字符串(&amp;C)</translation>
    </message>
    <message>
        <source>Copy bytes as &amp;Python bytes</source>
        <translation>将字节复制为 Python bytes(&amp;P)</translation>
    </message>
</context>
<context>
    <name>acw::ClientPanel</name>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Terminator:</source>
        <translation>终止符：</translation>
    </message>
    <message>
        <source>Connecting to %1:%2…</source>
        <translation>正在连接 %1:%2…</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>CA file (PEM), besides the system's</source>
        <translation>CA 文件（PEM），在系统 CA 之外</translation>
    </message>
    <message>
        <source>CA certificate (PEM)</source>
        <translation>CA 证书（PEM）</translation>
    </message>
    <message>
        <source>Accept for this connection</source>
        <translation>仅对本次连接接受</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭提示</translation>
    </message>
    <message>
        <source>Talk TLS from the connect on, verifying the server against the system's CAs and the CA file. Unchecked: plain TCP, which the inspector's STARTTLS can upgrade later.</source>
        <translation>从连接开始即使用 TLS，用系统 CA 和该 CA 文件验证服务器。不勾选：普通 TCP，之后可在检查器中用 STARTTLS 升级。</translation>
    </message>
    <message>
        <source>Also trust this CA (or self-signed certificate), for TLS and STARTTLS</source>
        <translation>另外信任此 CA（或自签名证书），用于 TLS 和 STARTTLS</translation>
    </message>
    <message>
        <source>CA:</source>
        <translation>CA：</translation>
    </message>
    <message>
        <source>Connecting to %1:%2 with TLS…</source>
        <translation>正在用 TLS 连接 %1:%2…</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Certificate not trusted&lt;/b&gt; — #%1 %2:%3 presented a certificate for %4 that the system's CAs%5 do not vouch for (self-signed, another name, or expired). The connection was refused.&lt;br&gt;SHA-256 fingerprint:&lt;br&gt;&lt;code&gt;%6&lt;/code&gt;&lt;br&gt;Accept it only if this is the server's own certificate: a new connection will trust exactly this certificate, this once.</source>
        <translation>&lt;b&gt;⚠ 证书不受信任&lt;/b&gt; — #%1 %2:%3 出示了 %4 的证书，系统 CA%5 无法为其担保（自签名、名称不符或已过期）。连接已被拒绝。&lt;br&gt;SHA-256 指纹：&lt;br&gt;&lt;code&gt;%6&lt;/code&gt;&lt;br&gt;只有确认这是该服务器自己的证书时才接受：新连接将仅信任这一张证书，仅此一次。</translation>
    </message>
    <message>
        <source> and %1</source>
        <translation> 及 %1</translation>
    </message>
    <message>
        <source>It was refused during STARTTLS: send the upgrade command again on the new connection, then STARTTLS.</source>
        <translation>它是在 STARTTLS 时被拒绝的：请在新连接上再次发送升级命令，然后再 STARTTLS。</translation>
    </message>
    <message>
        <source>Certificate of %1:%2 not trusted: see the warning in the Client box</source>
        <translation>%1:%2 的证书不受信任：请看“客户端”框中的警告</translation>
    </message>
    <message>
        <source>Connecting to %1:%2 again, trusting that certificate once…</source>
        <translation>正在重新连接 %1:%2，仅此一次信任该证书…</translation>
    </message>
</context>
<context>
    <name>acw::ConnectionModel</name>
    <message>
        <source>connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>关闭中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>Closed in order</source>
        <translation>正常关闭</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>对端</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Terminator</source>
        <translation>终止符</translation>
    </message>
    <message>
        <source>In</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>发出</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>帧数</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>时长</translation>
    </message>
</context>
<context>
    <name>acw::ConnectionsPanel</name>
    <message>
        <source>Filter by peer, profile, state, terminator…</source>
        <translation>按对端、协议、状态、终止符筛选…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close all</source>
        <translation>全部关闭</translation>
    </message>
    <message>
        <source>Clear closed</source>
        <translation>清除已关闭</translation>
    </message>
    <message>
        <source>%1 live, %2 closed</source>
        <translation>%1 个活动，%2 个已关闭</translation>
    </message>
    <message numerus="yes">
        <source>Recording paused: more than %1 new connections a second. %n connection(s) served and counted but not listed.</source>
        <translation>
            <numerusform>记录已暂停：每秒新连接超过 %1 个。已有 %n 个连接被服务并计数，但未列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Record every connection</source>
        <translation>记录每个连接</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) served and counted but not listed (more than %1 new connections a second).</source>
        <translation><numerusform>%n 个连接已被服务并计数，但未列出（每秒新连接超过 %1 个）。</numerusform></translation>
    </message>
</context>
<context>
    <name>acw::ConversationModel</name>
    <message numerus="yes">
        <source>(%n older segment(s) not shown)</source>
        <translation>
            <numerusform>（较早的 %n 段未显示）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>◀ pushed, not sent: %n byte(s)</source>
        <translation>
            <numerusform>◀ 已推送、未发送：%n 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▶ received, read %1: %n byte(s) at %2</source>
        <translation>
            <numerusform>▶ 收到，第 %1 次读取：%n 字节，偏移 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>◀ sent, write %1: %n byte(s) at %2</source>
        <translation>
            <numerusform>◀ 发出，第 %1 次写入：%n 字节，偏移 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 of them captured)</source>
        <translation>（其中捕获了 %1 字节）</translation>
    </message>
    <message>
        <source>⟧ end of frame %1</source>
        <translation>⟧ 第 %1 帧结束</translation>
    </message>
    <message>
        <source>⟦ push %1</source>
        <translation>⟦ 第 %1 次推送</translation>
    </message>
    <message numerus="yes">
        <source>🔒 TLS began here, after %n received byte(s): %1</source>
        <translation>
            <numerusform>🔒 TLS 从这里开始，此前已收到 %n 字节：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▶ client → server, frame %1: %n byte(s)</source>
        <translation>
            <numerusform>▶ 客户端 → 服务器，第 %1 帧：%n 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>◀ server → client, frame %1: %n byte(s)</source>
        <translation>
            <numerusform>◀ 服务器 → 客户端，第 %1 帧：%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>(held by the intercept)</source>
        <translation>（被拦截扣留）</translation>
    </message>
    <message>
        <source>⟧ the stream ended inside it</source>
        <translation>⟧ 数据流在帧中途结束</translation>
    </message>
    <message>
        <source>⟧ %1</source>
        <translation>⟧ %1</translation>
    </message>
</context>
<context>
    <name>acw::ConversationView</name>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Escaped</source>
        <translation>转义</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>视图：</translation>
    </message>
    <message>
        <source>No connection selected.</source>
        <translation>未选择连接。</translation>
    </message>
    <message>
        <source>Nothing received or sent yet.</source>
        <translation>尚未收到或发出任何字节。</translation>
    </message>
    <message>
        <source>Received %1, sent %2.</source>
        <translation>已收到 %1，已发出 %2。</translation>
    </message>
    <message>
        <source>Save the received bytes</source>
        <translation>保存收到的字节</translation>
    </message>
    <message>
        <source>Save the sent bytes</source>
        <translation>保存发出的字节</translation>
    </message>
    <message>
        <source>Bytes written to %1</source>
        <translation>字节已写入 %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Relayed pair: %1 frame(s) client → server, %2 server → client.</source>
        <translation>中继连接对：客户端 → 服务器 %1 帧，服务器 → 客户端 %2 帧。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Conversation as &amp;text…</source>
        <translation>会话保存为文本(&amp;T)…</translation>
    </message>
    <message>
        <source>Both directions in time order, with their times, in one readable file</source>
        <translation>两个方向按时间顺序、带时间戳，保存到一个可读的文件</translation>
    </message>
    <message>
        <source>Conversation as &amp;JSON Lines…</source>
        <translation>会话保存为 JSON Lines(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Received bytes (raw)…</source>
        <translation>接收的字节（原始）(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Sent bytes (raw)…</source>
        <translation>发送的字节（原始）(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the conversation (both directions, as text or JSON Lines), or the bytes of one direction exactly as they were</source>
        <translation>保存会话（两个方向，文本或 JSON Lines 格式），或原样保存一个方向的字节</translation>
    </message>
    <message>
        <source>&amp;Client → server bytes (raw)…</source>
        <translation>客户端 → 服务器的字节（原始）(&amp;C)…</translation>
    </message>
    <message>
        <source>S&amp;erver → client bytes (raw)…</source>
        <translation>服务器 → 客户端的字节（原始）(&amp;E)…</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>escaped</source>
        <translation>转义</translation>
    </message>
    <message>
        <source>text (%1)</source>
        <translation>文本（%1）</translation>
    </message>
    <message>
        <source># Conversation of connection #%1 (%2, %3)</source>
        <translation># 连接 #%1 的会话（%2，%3）</translation>
    </message>
    <message>
        <source># Opened %1</source>
        <translation># 打开于 %1</translation>
    </message>
    <message>
        <source># ▶ received from the peer, ◀ sent to the peer; times are local (%1); bytes as %2</source>
        <translation># ▶ 从对端接收，◀ 发送给对端；时间为本地时间（%1）；字节显示为%2</translation>
    </message>
    <message numerus="yes">
        <source># Received %1 in %n read(s),</source>
        <translation>
            <numerusform># 共 %n 次读取接收 %1，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %1 in %n write(s).</source>
        <translation>
            <numerusform>共 %n 次写入发送 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the conversation</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Text (*.txt);;All files (*)</source>
        <translation>文本 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Conversation written to %1</source>
        <translation>会话已写入 %1</translation>
    </message>
</context>
<context>
    <name>acw::FileField</name>
    <message>
        <source>PEM files (*.pem *.crt *.key *.cer);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt *.key *.cer);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>acw::FrameListModel</name>
    <message>
        <source>(not captured)</source>
        <translation>（未捕获）</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>偏移</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Terminator</source>
        <translation>终止符</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
</context>
<context>
    <name>acw::FramingLab</name>
    <message>
        <source>Text with escapes</source>
        <translation>文本（支持转义）</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Terminator</source>
        <translation>终止符</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Terminator script:</source>
        <translation>终止符脚本：</translation>
    </message>
    <message>
        <source>Max frame:</source>
        <translation>最大帧：</translation>
    </message>
    <message>
        <source>Bytes to frame:</source>
        <translation>要分帧的字节：</translation>
    </message>
    <message>
        <source>The input has a bad escape or hex digit.</source>
        <translation>输入中有无效的转义或十六进制数字。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>collected: %1</source>
        <translation>已收集：%1</translation>
    </message>
    <message>
        <source>held back: %1</source>
        <translation>保留：%1</translation>
    </message>
    <message>
        <source>terminator: %1</source>
        <translation>终止符：%1</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>新种子</translation>
    </message>
    <message>
        <source>Handler mistake: collectIncomingData() overwrites instead of appending</source>
        <translation>处理程序错误：collectIncomingData() 覆盖而不是追加</translation>
    </message>
    <message>
        <source>Terminators for frame 1, 2, …, separated by spaces or commas; the last one is set again after every frame. Each entry: escaped bytes (\r \n \t \0 \\ \xHH; a space is \x20), count:N or none. Example: \r\n count:5</source>
        <translation>第 1、2、… 帧的终止符，用空格或逗号分隔；最后一个在每帧之后重新设置。每个条目：转义字节（\r \n \t \0 \\ \xHH；空格写作 \x20）、count:N 或 none。例如：\r\n count:5</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>预设…</translation>
    </message>
    <message>
        <source>All at once</source>
        <translation>一次全部</translation>
    </message>
    <message>
        <source>Fixed size N</source>
        <translation>固定大小 N</translation>
    </message>
    <message>
        <source>Explicit list</source>
        <translation>明确列表</translation>
    </message>
    <message>
        <source>Random (seed)</source>
        <translation>随机（种子）</translation>
    </message>
    <message>
        <source>1 byte at a time</source>
        <translation>每次 1 字节</translation>
    </message>
    <message>
        <source>none; e.g. 12:count:5 sets count:5 after 12 bytes</source>
        <translation>无；例如 12:count:5 在 12 字节后设置 count:5</translation>
    </message>
    <message>
        <source>Terminators set from outside a callback once BYTES bytes were read (the window's live change): BYTES:SPEC, comma separated</source>
        <translation>读取 BYTES 字节后在回调之外设置的终止符（窗口中的实时更改）：BYTES:SPEC，用逗号分隔</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>Open case…</source>
        <translation>打开用例…</translation>
    </message>
    <message>
        <source>Export case…</source>
        <translation>导出用例…</translation>
    </message>
    <message>
        <source>No lesson</source>
        <translation>无课程</translation>
    </message>
    <message>
        <source>Lesson:</source>
        <translation>课程：</translation>
    </message>
    <message>
        <source>Reads:</source>
        <translation>读取：</translation>
    </message>
    <message>
        <source>Live changes:</source>
        <translation>实时更改：</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>第一步</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>后退一步</translation>
    </message>
    <message>
        <source>Jump to a step</source>
        <translation>跳到某一步</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>前进一步</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>最后一步</translation>
    </message>
    <message>
        <source>by event</source>
        <translation>按事件</translation>
    </message>
    <message>
        <source>by read</source>
        <translation>按读取</translation>
    </message>
    <message>
        <source>Reads are shaded in turn; a red bar ends a frame; blue bytes are consumed terminators; orange is held back; yellow is this step; underlined is where the search looked; grey is not read yet.</source>
        <translation>各次读取交替着色；红色竖线表示帧结束；蓝色字节是已消耗的终止符；橙色是保留的字节；黄色是当前步骤；下划线是搜索查看的范围；灰色是尚未读取的字节。</translation>
    </message>
    <message>
        <source>Check chunking invariance</source>
        <translation>检查分块不变性</translation>
    </message>
    <message>
        <source>Frame the stream under every 2-way split, every 3-way split (short streams), 1-byte reads and random reads, and compare with one read</source>
        <translation>在每种二分、每种三分（短数据流）、每次 1 字节和随机读取下对数据流分帧，并与一次读取比较</translation>
    </message>
    <message>
        <source>random ×</source>
        <translation>随机 ×</translation>
    </message>
    <message>
        <source>Check exercise</source>
        <translation>检查练习</translation>
    </message>
    <message>
        <source>Close lesson</source>
        <translation>关闭课程</translation>
    </message>
    <message>
        <source>N bytes per read</source>
        <translation>每次读取 N 字节</translation>
    </message>
    <message>
        <source>3,1,5 (used in turn)</source>
        <translation>3,1,5（轮流使用）</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>not a case file: %1</source>
        <translation>不是用例文件：%1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Terminator script: %1</source>
        <translation>终止符脚本：%1</translation>
    </message>
    <message>
        <source>Reads: %1</source>
        <translation>读取：%1</translation>
    </message>
    <message>
        <source>Exported to %1. Replay it with: asynchat-workbench frame --expect %1</source>
        <translation>已导出到 %1。重放命令：asynchat-workbench frame --expect %1</translation>
    </message>
    <message>
        <source>Open a stream</source>
        <translation>打开数据流</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>打开用例</translation>
    </message>
    <message>
        <source>Case files (*.json)</source>
        <translation>用例文件 (*.json)</translation>
    </message>
    <message>
        <source>Export the case</source>
        <translation>导出用例</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>无法导出到 %1：%2</translation>
    </message>
    <message>
        <source>Exercise:</source>
        <translation>练习：</translation>
    </message>
    <message>
        <source>Solved: the frames and the end state are as expected.</source>
        <translation>已解决：帧和最终状态与预期一致。</translation>
    </message>
    <message>
        <source>Not yet:</source>
        <translation>尚未完成：</translation>
    </message>
    <message>
        <source>Entry "%1" (at character %2): %3</source>
        <translation>条目“%1”（第 %2 个字符处）：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reads</source>
        <translation>
            <numerusform>%n 次读取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frames</source>
        <translation>
            <numerusform>%n 帧</numerusform>
        </translation>
    </message>
    <message>
        <source>Still collected: %1. Held back: %2. Waiting for: %3.</source>
        <translation>仍在收集：%1。保留：%2。等待：%3。</translation>
    </message>
    <message>
        <source>A frame passed the maximum (%1 bytes so far): framing stopped.</source>
        <translation>某帧超过了最大值（目前 %1 字节）：分帧已停止。</translation>
    </message>
    <message>
        <source>The stepper shows the first %1 events.</source>
        <translation>单步视图显示前 %1 个事件。</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message numerus="yes">
        <source>Invariant: %n chunkings (random seed %1) give the same frames and end state as one read.</source>
        <translation>
            <numerusform>不变：%n 种分块方式（随机种子 %1）得到与一次读取相同的帧和最终状态。</numerusform>
        </translation>
    </message>
    <message>
        <source>frame %1 differs</source>
        <translation>第 %1 帧不同</translation>
    </message>
    <message>
        <source>the frames agree, the end state differs</source>
        <translation>帧一致，最终状态不同</translation>
    </message>
    <message>
        <source>Not invariant: reads %1 (%2) give other results than one read: %3.</source>
        <translation>不满足不变性：读取 %1（%2）得到与一次读取不同的结果：%3。</translation>
    </message>
    <message>
        <source>One read:</source>
        <translation>一次读取：</translation>
    </message>
    <message>
        <source>Reads %1:</source>
        <translation>读取 %1：</translation>
    </message>
    <message>
        <source>one read</source>
        <translation>一次读取</translation>
    </message>
    <message numerus="yes">
        <source>split in %n</source>
        <translation>
            <numerusform>分成 %n 段</numerusform>
        </translation>
    </message>
    <message>
        <source>random #%1, seed %2</source>
        <translation>随机 #%1，种子 %2</translation>
    </message>
</context>
<context>
    <name>acw::GuideDialog</name>
    <message>
        <source>asynchat in 5 minutes</source>
        <translation>5 分钟了解 asynchat</translation>
    </message>
    <message>
        <source>&lt;h2&gt;asynchat in 5 minutes&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;5 分钟了解 asynchat&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;TCP is a stream, not a list of messages.&lt;/b&gt; One send on one side can arrive as three reads on the other, and three sends can arrive as one. Each read is a &lt;i&gt;chunk&lt;/i&gt;; the Input tab marks where every chunk started with ┊.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;TCP 是字节流，不是一条条消息。&lt;/b&gt;一端的一次发送，可能在另一端分成三次读取到达；三次发送也可能合成一次到达。每次读取到的内容是一个&lt;i&gt;数据块&lt;/i&gt;；“输入”页用 ┊ 标出每个数据块的起点。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;A terminator says where a message ends.&lt;/b&gt; asynchat's channel collects the bytes it reads (&lt;code&gt;collect_incoming_data&lt;/code&gt;) until it sees the terminator, then calls &lt;code&gt;found_terminator()&lt;/code&gt;: one &lt;i&gt;frame&lt;/i&gt;. A terminator is a byte string such as &lt;code&gt;\r\n&lt;/code&gt;, a count such as &lt;code&gt;count:16&lt;/code&gt; (the next 16 bytes, whatever they are), or &lt;code&gt;none&lt;/code&gt; (a plain stream).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;终止符说明一条消息在哪里结束。&lt;/b&gt;asynchat 的通道把读到的字节收集起来（&lt;code&gt;collect_incoming_data&lt;/code&gt;），直到遇见终止符，再调用 &lt;code&gt;found_terminator()&lt;/code&gt;：这就是一&lt;i&gt;帧&lt;/i&gt;。终止符可以是字节串，如 &lt;code&gt;\r\n&lt;/code&gt;；可以是字节数，如 &lt;code&gt;count:16&lt;/code&gt;（接下来的 16 个字节，不论内容）；也可以是 &lt;code&gt;none&lt;/code&gt;（纯字节流）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;A terminator can be cut in half by the network.&lt;/b&gt; If a read ends with &lt;code&gt;\r&lt;/code&gt; while the terminator is &lt;code&gt;\r\n&lt;/code&gt;, the channel cannot know yet: it &lt;i&gt;holds back&lt;/i&gt; that prefix and decides at the next read. The Input tab shows held-back bytes in red and collected, not yet framed bytes in yellow.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;网络可能把终止符切成两半。&lt;/b&gt;如果终止符是 &lt;code&gt;\r\n&lt;/code&gt;，而一次读取以 &lt;code&gt;\r&lt;/code&gt; 结尾，通道此时还无法判断：它先&lt;i&gt;保留&lt;/i&gt;这个前缀，等下一次读取再决定。“输入”页用红色显示保留的字节，用黄色显示已收集但尚未成帧的字节。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The terminator can change after every frame.&lt;/b&gt; An HTTP server reads the request line and headers with &lt;code&gt;\r\n&lt;/code&gt;, then switches to &lt;code&gt;count:N&lt;/code&gt; for a body of N bytes. The new terminator applies to the bytes that arrive next; bytes already collected stay collected. A count is used once: when it is reached, the terminator becomes &lt;code&gt;none&lt;/code&gt;, as in asynchat (the Terminator tab can re-arm it after every frame instead). Change it live in the Terminator tab: the preview shows what the engine will do.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;每一帧之后都可以更换终止符。&lt;/b&gt;HTTP 服务器用 &lt;code&gt;\r\n&lt;/code&gt; 读取请求行和头部，再改用 &lt;code&gt;count:N&lt;/code&gt; 读取 N 字节的正文。新终止符作用于此后到达的字节；已经收集的字节仍保持收集状态。计数只用一次：达到计数后，终止符变为 &lt;code&gt;none&lt;/code&gt;，与 asynchat 相同（也可以在“终止符”页让它在每帧之后重新生效）。可以在“终止符”页实时更换：预览会显示引擎将要做的事。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Output is a queue.&lt;/b&gt; &lt;code&gt;push()&lt;/code&gt; appends data to the channel's queue and the channel writes it when the socket can take it; &lt;code&gt;close_when_done()&lt;/code&gt; adds a marker that closes the channel once everything before it has been sent. The Output tab lists every push and every write the kernel took, also after the connection has closed, and, while it is open, the queue and what the socket still buffers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;输出是一个队列。&lt;/b&gt;&lt;code&gt;push()&lt;/code&gt; 把数据追加到通道的队列，套接字可写时通道再把它发出；&lt;code&gt;close_when_done()&lt;/code&gt; 加入一个标记，在它之前的数据全部发出后关闭通道。“输出”页列出每一次推送和内核接受的每一次写入，连接关闭后依然保留；连接打开时还显示队列以及套接字中尚未发出的字节。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Both directions at once.&lt;/b&gt; The Conversation tab shows what the peer sent and what went back, read by read and write by write, in the order they happened, with frame ends and pushes marked; it saves either direction's bytes to a file. View &amp;gt; Text encoding chooses how bytes read as text (UTF-8, GB18030/GBK or Latin-1) in every view; bytes that do not decode show as &lt;code&gt;\xHH&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;同时看两个方向。&lt;/b&gt;“会话”页按发生的先后顺序，逐次读取、逐次写入地显示对端发来的字节和发回的字节，并标出帧的结束和每次推送；任一方向的字节都可以保存到文件。“视图 &amp;gt; 文本编码”决定所有视图把字节解码为文本的方式（UTF-8、GB18030/GBK 或 Latin-1）；无法解码的字节显示为 &lt;code&gt;\xHH&lt;/code&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Try it.&lt;/b&gt; Start the greeting server (port 8888), open &lt;code&gt;http://127.0.0.1:8888/kongxx&lt;/code&gt; in a browser, and select the new connection: the request line is the first frame, and the Output tab keeps the reply. Start an echo server (terminator &lt;code&gt;\r\n&lt;/code&gt;), connect with &lt;code&gt;nc -C 127.0.0.1 9000&lt;/code&gt; (&lt;code&gt;-C&lt;/code&gt; ends lines with &lt;code&gt;\r\n&lt;/code&gt;), type lines, change the terminator live and push bytes back by hand. The Framing Lab frames pasted bytes read by read, without any network.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;动手试试。&lt;/b&gt;启动 greeting 服务器（端口 8888），在浏览器中打开 &lt;code&gt;http://127.0.0.1:8888/kongxx&lt;/code&gt;，然后选中新出现的连接：请求行就是第一帧，“输出”页保留着回复。再启动 echo 服务器（终止符 &lt;code&gt;\r\n&lt;/code&gt;），用 &lt;code&gt;nc -C 127.0.0.1 9000&lt;/code&gt; 连接（&lt;code&gt;-C&lt;/code&gt; 让每行以 &lt;code&gt;\r\n&lt;/code&gt; 结尾），输入几行，实时更换终止符，并手动推送字节回去。“分帧实验室”不经过网络，逐次读取地对粘贴的字节分帧。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>acw::InputView</name>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Escaped</source>
        <translation>转义</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>视图：</translation>
    </message>
    <message>
        <source>Select a connection to see what it received.</source>
        <translation>选择一个连接，查看它收到的内容。</translation>
    </message>
    <message>
        <source>showing bytes %1 to %2</source>
        <translation>显示第 %1 至 %2 字节</translation>
    </message>
    <message>
        <source>later bytes were not captured (capture limit)</source>
        <translation>之后的字节未捕获（达到捕获上限）</translation>
    </message>
    <message numerus="yes">
        <source>%1 received in %n read(s)</source>
        <translation>
            <numerusform>收到 %1，共 %n 次读取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n 帧</numerusform>
        </translation>
    </message>
    <message>
        <source>collected, not framed: %1</source>
        <translation>已收集未成帧：%1</translation>
    </message>
    <message>
        <source>held back: %1</source>
        <translation>保留：%1</translation>
    </message>
    <message numerus="yes">
        <source>closed with %n unframed byte(s)</source>
        <translation>
            <numerusform>关闭时有 %n 字节未成帧</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in &amp;Lab</source>
        <translation>在实验室中打开(&amp;L)</translation>
    </message>
    <message>
        <source>Replay what this connection received in the Framing Lab: its bytes, its real reads and its terminator history.</source>
        <translation>在分帧实验室中重放此连接收到的内容：它的字节、真实的读取分块以及终止符历史。</translation>
    </message>
</context>
<context>
    <name>acw::InspectorPanel</name>
    <message>
        <source>&amp;Input</source>
        <translation>输入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Terminator</source>
        <translation>终止符(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>输出(&amp;O)</translation>
    </message>
    <message>
        <source>Connection #%1: no details (not reported yet, or cleared).</source>
        <translation>连接 #%1：暂无详情（尚未上报，或已清除）。</translation>
    </message>
    <message>
        <source>Select a connection in the table to inspect it.</source>
        <translation>在表格中选择一个连接进行检查。</translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s) to go)</source>
        <translation>
            <numerusform>（还差 %n 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>(re-armed after every frame)</source>
        <translation>（每帧之后重新设置）</translation>
    </message>
    <message>
        <source>(%1 reached at frame %2: asynchat does not re-arm a count)</source>
        <translation>（%1 在第 %2 帧达到：asynchat 不会重新设置计数）</translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1&lt;/b&gt; %2 — %3 — %4 — terminator %5</source>
        <translation>&lt;b&gt;#%1&lt;/b&gt; %2 — %3 — %4 — 终止符 %5</translation>
    </message>
    <message numerus="yes">
        <source>idle: closes in %n s unless a byte arrives</source>
        <translation>
            <numerusform>空闲：若 %n 秒内没有字节到达将关闭</numerusform>
        </translation>
    </message>
    <message>
        <source>Con&amp;versation</source>
        <translation>会话(&amp;V)</translation>
    </message>
    <message>
        <source>START&amp;TLS</source>
        <translation>START&amp;TLS</translation>
    </message>
    <message>
        <source>Upgrade this plain client connection to TLS now: send the protocol's own upgrade command first (SMTP: STARTTLS) and wait for its answer</source>
        <translation>现在把这个普通客户端连接升级为 TLS：请先发送协议自己的升级命令（SMTP：STARTTLS）并等待其应答</translation>
    </message>
    <message>
        <source>TLS with the client: %1</source>
        <translation>与客户端的 TLS：%1</translation>
    </message>
    <message>
        <source>TLS with the server: %1</source>
        <translation>与服务器的 TLS：%1</translation>
    </message>
    <message numerus="yes">
        <source>TLS (STARTTLS after %n byte(s)): %1</source>
        <translation>
            <numerusform>TLS（在 %n 字节后 STARTTLS）：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS：%1</translation>
    </message>
    <message>
        <source>Certificate not trusted, connection refused: %1, SHA-256 %2</source>
        <translation>证书不受信任，连接被拒绝：%1，SHA-256 %2</translation>
    </message>
    <message>
        <source>capture reopened from %1</source>
        <translation>从 %1 重新打开的捕获</translation>
    </message>
</context>
<context>
    <name>acw::MainWindow</name>
    <message>
        <source>AsyncChat Workbench</source>
        <translation>AsyncChat 工作台</translation>
    </message>
    <message>
        <source>Ready. Start a server, or connect to one as a client.</source>
        <translation>就绪。启动一个服务器，或作为客户端连接到服务器。</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Framing Lab</source>
        <translation>分帧实验室</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Servers and clients</source>
        <translation>服务器与客户端</translation>
    </message>
    <message>
        <source>Event timeline</source>
        <translation>事件时间线</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Export timeline as &amp;text…</source>
        <translation>将时间线导出为文本(&amp;T)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export timeline as &amp;JSON Lines…</source>
        <translation>将时间线导出为 JSON Lines(&amp;J)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top selected server</source>
        <translation>停止选中的服务器(&amp;T)</translation>
    </message>
    <message>
        <source>Stop &amp;all servers</source>
        <translation>停止所有服务器(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>连接到服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>推送(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Close when &amp;done</source>
        <translation>发送完后关闭(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Change &amp;terminator…</source>
        <translation>更改终止符(&amp;T)…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Close &amp;all</source>
        <translation>全部关闭(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>C&amp;lear closed</source>
        <translation>清除已关闭(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Filter connections</source>
        <translation>筛选连接(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>文本(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Hex</source>
        <translation>十六进制(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Escaped</source>
        <translation>转义(&amp;E)</translation>
    </message>
    <message>
        <source>Framing &amp;Lab</source>
        <translation>分帧实验室(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>asynchat in &amp;5 minutes</source>
        <translation>5 分钟了解 asynchat(&amp;5)</translation>
    </message>
    <message>
        <source>&amp;About AsyncChat Workbench</source>
        <translation>关于 AsyncChat 工作台(&amp;A)</translation>
    </message>
    <message>
        <source>About AsyncChat Workbench</source>
        <translation>关于 AsyncChat 工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AsyncChat Workbench %1&lt;/h3&gt;&lt;p&gt;A workbench for terminator-framed TCP protocols, after Python's asynchat: run servers, watch every connection's bytes frame, change terminators live and push bytes by hand.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AsyncChat 工作台 %1&lt;/h3&gt;&lt;p&gt;面向以终止符分帧的 TCP 协议的工作台，仿照 Python 的 asynchat：运行服务器，观察每个连接的字节如何分帧，实时更换终止符，手动推送字节。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language changed.</source>
        <translation>语言已切换。</translation>
    </message>
    <message>
        <source>Connection #%1 cannot be replayed in the lab: its capture is incomplete (older bytes or frames were dropped at the capture limit).</source>
        <translation>连接 #%1 无法在实验室中重放：它的捕获不完整（较早的字节或帧因捕获上限被丢弃）。</translation>
    </message>
    <message numerus="yes">
        <source>Connection #%1 opened in the Framing Lab: %2, %n read(s).</source>
        <translation>
            <numerusform>连接 #%1 已在分帧实验室中打开：%2，%n 次读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 server is listening on %2.</source>
        <translation>%1 服务器正在监听 %2。</translation>
    </message>
    <message>
        <source>The %1 server could not start: %2</source>
        <translation>%1 服务器无法启动：%2</translation>
    </message>
    <message>
        <source>Connected to %1 (connection #%2).</source>
        <translation>已连接到 %1（连接 #%2）。</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>Text &amp;encoding</source>
        <translation>文本编码(&amp;E)</translation>
    </message>
    <message>
        <source>Bytes are now shown as %1 text.</source>
        <translation>字节现在按 %1 文本显示。</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>中继</translation>
    </message>
    <message>
        <source>Opened the capture %1 as #%2, in the inspector and in the Framing Lab (Ctrl+L), read by read.</source>
        <translation>已将捕获 %1 打开为 #%2，显示在检查器中，并可在分帧实验室（Ctrl+L）中逐次读取重放。</translation>
    </message>
    <message>
        <source>Opened the capture %1 as #%2, in the inspector. The Framing Lab cannot replay it: older bytes or frames had been dropped when it was saved.</source>
        <translation>已将捕获 %1 打开为 #%2，显示在检查器中。分帧实验室无法重放它：保存时较早的字节或帧已被丢弃。</translation>
    </message>
    <message>
        <source>&amp;Record every connection</source>
        <translation>记录每个连接(&amp;R)</translation>
    </message>
    <message>
        <source>Off: past %1 new connections a second, new connections are served and counted but not listed, so that a flood does not slow the server down.</source>
        <translation>关闭时：每秒新连接超过 %1 个后，新连接照常服务并计数，但不列出，以免连接洪流拖慢服务器。</translation>
    </message>
</context>
<context>
    <name>acw::OutputHistoryModel</name>
    <message>
        <source>sent (kernel write)</source>
        <translation>已发送（内核写入）</translation>
    </message>
    <message>
        <source>pushed</source>
        <translation>已推送</translation>
    </message>
    <message>
        <source>(not captured)</source>
        <translation>（未捕获）</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>偏移</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
</context>
<context>
    <name>acw::OutputQueueModel</name>
    <message>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>producer</source>
        <translation>生产者</translation>
    </message>
    <message>
        <source>close when done</source>
        <translation>发送完后关闭</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>开头内容</translation>
    </message>
</context>
<context>
    <name>acw::OutputView</name>
    <message>
        <source>Waiting for the engine…</source>
        <translation>正在等待引擎…</translation>
    </message>
    <message>
        <source>No connection selected.</source>
        <translation>未选择连接。</translation>
    </message>
    <message numerus="yes">
        <source>Sent: %1. In the socket's buffer: %2. Queued: %3 in %n entries.</source>
        <translation>
            <numerusform>已发送：%1。套接字缓冲区中：%2。排队：%3，共 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Closes when the queue is sent.</source>
        <translation>队列发送完毕后关闭。</translation>
    </message>
    <message>
        <source>Closed; its output is kept below.</source>
        <translation>已关闭；其输出保留在下方。</translation>
    </message>
    <message numerus="yes">
        <source>Pushed %1 in %n push(es);</source>
        <translation>
            <numerusform>共推送 %1，%n 次推送；</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the kernel took %1 in %n write(s).</source>
        <translation>
            <numerusform>内核接受了 %1，%n 次写入。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pushed but never sent.</source>
        <translation>%1 已推送但从未发出。</translation>
    </message>
    <message>
        <source>Only the last %1 of the output were kept (capture limit).</source>
        <translation>只保留了输出的最后 %1（捕获上限）。</translation>
    </message>
</context>
<context>
    <name>acw::PushBox</name>
    <message>
        <source>+ terminator</source>
        <translation>+ 终止符</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>推送(&amp;P)</translation>
    </message>
    <message>
        <source>Close when &amp;done</source>
        <translation>发送完后关闭(&amp;D)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Text takes escapes: \r \n \t \0 \\ \xHH</source>
        <translation>文本支持转义：\r \n \t \0 \\ \xHH</translation>
    </message>
    <message>
        <source>Bytes to push, e.g. hello\r\n</source>
        <translation>要推送的字节，例如 hello\r\n</translation>
    </message>
    <message>
        <source>Append the connection's terminator when it is bytes</source>
        <translation>当连接的终止符是字节串时，附加在末尾</translation>
    </message>
    <message>
        <source>Push:</source>
        <translation>推送：</translation>
    </message>
    <message>
        <source>Hex needs pairs of digits, e.g. 68 69 0d 0a.</source>
        <translation>十六进制须为成对的数字，例如 68 69 0d 0a。</translation>
    </message>
    <message>
        <source>Unknown escape: use \r \n \t \0 \\ or \xHH.</source>
        <translation>未知的转义：请使用 \r \n \t \0 \\ 或 \xHH。</translation>
    </message>
</context>
<context>
    <name>acw::RelayPanel</name>
    <message>
        <source>TLS to the server</source>
        <translation>到服务器使用 TLS</translation>
    </message>
    <message>
        <source>Start relay</source>
        <translation>启动中继</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>扣留</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>转发</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>注入</translation>
    </message>
    <message>
        <source>CA file (PEM), besides the system's</source>
        <translation>CA 文件（PEM），系统 CA 之外另加</translation>
    </message>
    <message>
        <source>accept this SHA-256 fingerprint</source>
        <translation>接受此 SHA-256 指纹</translation>
    </message>
    <message>
        <source>certificate (PEM): clients talk TLS</source>
        <translation>证书（PEM）：客户端使用 TLS</translation>
    </message>
    <message>
        <source>private key (PEM)</source>
        <translation>私钥（PEM）</translation>
    </message>
    <message>
        <source>bytes to inject (escapes: \r\n, \xHH)</source>
        <translation>要注入的字节（转义：\r\n、\xHH）</translation>
    </message>
    <message>
        <source>client → server</source>
        <translation>客户端 → 服务器</translation>
    </message>
    <message>
        <source>server → client</source>
        <translation>服务器 → 客户端</translation>
    </message>
    <message>
        <source>Frames of both directions: &gt; client to server, &lt; back</source>
        <translation>两个方向的帧：&gt; 客户端到服务器，&lt; 反方向</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>监听：</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Client → server frames end in:</source>
        <translation>客户端 → 服务器帧结束符：</translation>
    </message>
    <message>
        <source>Server → client frames end in:</source>
        <translation>服务器 → 客户端帧结束符：</translation>
    </message>
    <message>
        <source>CA:</source>
        <translation>CA：</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>Listen TLS:</source>
        <translation>监听端 TLS：</translation>
    </message>
    <message>
        <source>Intercept:</source>
        <translation>拦截：</translation>
    </message>
    <message>
        <source>Edit frame</source>
        <translation>编辑帧</translation>
    </message>
    <message>
        <source>Bytes sent instead (escapes: \r\n, \xHH):</source>
        <translation>改为发送的字节（转义：\r\n、\xHH）：</translation>
    </message>
    <message>
        <source>Not edited: bad escape in %1</source>
        <translation>未编辑：%1 中有错误的转义</translation>
    </message>
    <message>
        <source>Nothing injected: choose a pair and type bytes (escapes allowed)</source>
        <translation>未注入：请选择一个连接对并输入字节（可用转义）</translation>
    </message>
    <message>
        <source>Listen on: expected IP:PORT, e.g. 127.0.0.1:7000</source>
        <translation>监听：应为 IP:端口，例如 127.0.0.1:7000</translation>
    </message>
    <message>
        <source>Server: expected HOST:PORT, e.g. 127.0.0.1:6379</source>
        <translation>服务器：应为 主机:端口，例如 127.0.0.1:6379</translation>
    </message>
    <message>
        <source>Fix the terminators first</source>
        <translation>请先修正结束符</translation>
    </message>
    <message>
        <source>Stop relay</source>
        <translation>停止中继</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>无法启动：%1</translation>
    </message>
    <message>
        <source>#%1 %2 opened</source>
        <translation>#%1 %2 已打开</translation>
    </message>
    <message>
        <source>#%1 closed</source>
        <translation>#%1 已关闭</translation>
    </message>
    <message>
        <source>#%1 closed (%2)</source>
        <translation>#%1 已关闭（%2）</translation>
    </message>
    <message>
        <source> … (%1 bytes)</source>
        <translation> …（%1 字节）</translation>
    </message>
    <message>
        <source> [held]</source>
        <translation> [已扣留]</translation>
    </message>
    <message>
        <source>#%1 TLS (%2): %3</source>
        <translation>#%1 TLS（%2）：%3</translation>
    </message>
    <message>
        <source>client side</source>
        <translation>客户端一侧</translation>
    </message>
    <message>
        <source>server side</source>
        <translation>服务器一侧</translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation>（已编辑）</translation>
    </message>
    <message>
        <source> (injected)</source>
        <translation>（已注入）</translation>
    </message>
    <message>
        <source>Relaying %1 -&gt; %2</source>
        <translation>正在中继 %1 -&gt; %2</translation>
    </message>
    <message>
        <source>CA certificate (PEM)</source>
        <translation>CA 证书（PEM）</translation>
    </message>
    <message>
        <source>TLS certificate (PEM)</source>
        <translation>TLS 证书（PEM）</translation>
    </message>
    <message>
        <source>TLS private key (PEM)</source>
        <translation>TLS 私钥（PEM）</translation>
    </message>
    <message>
        <source>Listen TLS needs both a certificate and its key</source>
        <translation>监听端 TLS 需要同时提供证书及其私钥</translation>
    </message>
</context>
<context>
    <name>acw::SendDock</name>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Up and Down recall what was pushed on this connection</source>
        <translation>上下方向键调出此连接推送过的内容</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Workspaces (*.acw.json *.json);;All files (*)</source>
        <translation>工作区 (*.acw.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Save &amp;workspace…</source>
        <translation>保存工作区(&amp;W)…</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>保存工作区</translation>
    </message>
    <message>
        <source>Workspaces (*.acw.json *.json)</source>
        <translation>工作区 (*.acw.json *.json)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Could not save the workspace: %1</source>
        <translation>无法保存工作区：%1</translation>
    </message>
    <message>
        <source>Saved the workspace to %1: %2 server(s), %3 client(s), %4 snippet(s).</source>
        <translation>工作区已保存到 %1：%2 个服务器、%3 个客户端、%4 条快捷消息。</translation>
    </message>
    <message>
        <source>Could not open the workspace %1: %2</source>
        <translation>无法打开工作区 %1：%2</translation>
    </message>
    <message>
        <source>Opened the workspace %1: %2 server(s), %3 client(s), %4 snippet(s).</source>
        <translation>已打开工作区 %1：%2 个服务器、%3 个客户端、%4 条快捷消息。</translation>
    </message>
    <message>
        <source>Open &amp;capture…</source>
        <translation>打开捕获(&amp;C)…</translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation>打开捕获</translation>
    </message>
    <message>
        <source>Captures (*.capture.json *.json);;All files (*)</source>
        <translation>捕获 (*.capture.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Could not open the capture %1: %2</source>
        <translation>无法打开捕获 %1：%2</translation>
    </message>
</context>
<context>
    <name>acw::ServerModel</name>
    <message>
        <source>starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>监听中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>failed to start</source>
        <translation>启动失败</translation>
    </message>
    <message>
        <source>accepting paused: %1</source>
        <translation>已暂停接受连接：%1</translation>
    </message>
    <message>
        <source>too many open files</source>
        <translation>打开的文件过多</translation>
    </message>
    <message numerus="yes">
        <source>%n evicted</source>
        <translation>
            <numerusform>已驱逐 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Listening on</source>
        <translation>监听地址</translation>
    </message>
    <message>
        <source>Terminator</source>
        <translation>终止符</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态说明</translation>
    </message>
</context>
<context>
    <name>acw::ServerPanel</name>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>greeting (HTTP, /NAME)</source>
        <translation>greeting（HTTP，/NAME）</translation>
    </message>
    <message>
        <source>echo</source>
        <translation>echo（回显）</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat（聊天室）</translation>
    </message>
    <message>
        <source>localhost (127.0.0.1 and ::1)</source>
        <translation>localhost（127.0.0.1 和 ::1）</translation>
    </message>
    <message>
        <source>all interfaces</source>
        <translation>所有网络接口</translation>
    </message>
    <message>
        <source>Warning: every machine that can reach this one can connect.</source>
        <translation>警告：任何能访问本机的计算机都可以连接。</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <source>the profile's default</source>
        <translation>协议默认值</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>协议：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Terminator:</source>
        <translation>终止符：</translation>
    </message>
    <message>
        <source>Max frame:</source>
        <translation>最大帧：</translation>
    </message>
    <message>
        <source>Fix the terminator first.</source>
        <translation>请先修正终止符。</translation>
    </message>
    <message>
        <source>Starting the %1 server on %2, port %3…</source>
        <translation>正在 %2 的 %3 端口启动 %1 服务器…</translation>
    </message>
    <message>
        <source>No server running. Choose a profile and press Start.</source>
        <translation>没有运行中的服务器。选择协议后按“启动”。</translation>
    </message>
    <message>
        <source>%1: starting…</source>
        <translation>%1：启动中…</translation>
    </message>
    <message>
        <source>%1: listening on %2 — %3 accepted, %4 live</source>
        <translation>%1：监听 %2 — 已接受 %3 个，活动 %4 个</translation>
    </message>
    <message>
        <source>%1: stopped</source>
        <translation>%1：已停止</translation>
    </message>
    <message>
        <source>%1 on port %2 could not start: %3</source>
        <translation>%1 无法在端口 %2 上启动：%3</translation>
    </message>
    <message>
        <source>manual (silent: you answer by hand)</source>
        <translation>manual（静默：由你手动应答）</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>At the cap, the oldest connection still waiting for its request is closed to make room.</source>
        <translation>达到上限时，关闭仍在等待请求的最早连接以腾出位置。</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Close a connection after this long without a byte from the peer. The inspector warns before it fires.</source>
        <translation>对端在这段时间内没有发送任何字节则关闭连接。检查器会在触发前提醒。</translation>
    </message>
    <message>
        <source>greeting: the whole request head must arrive within this time (slow clients get 408).</source>
        <translation>greeting：整个请求头必须在此时间内到达（过慢的客户端收到 408）。</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>空闲超时：</translation>
    </message>
    <message>
        <source>Max connections:</source>
        <translation>最大连接数：</translation>
    </message>
    <message>
        <source>Header timeout:</source>
        <translation>请求头超时：</translation>
    </message>
    <message>
        <source>none: plain TCP</source>
        <translation>无：普通 TCP</translation>
    </message>
    <message>
        <source>TLS certificate (PEM)</source>
        <translation>TLS 证书（PEM）</translation>
    </message>
    <message>
        <source>its private key (PEM)</source>
        <translation>其私钥（PEM）</translation>
    </message>
    <message>
        <source>TLS private key (PEM)</source>
        <translation>TLS 私钥（PEM）</translation>
    </message>
    <message>
        <source>A certificate and its key (PEM files) make this a TLS server. A test pair: openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=localhost -keyout key.pem -out cert.pem</source>
        <translation>提供证书及其私钥（PEM 文件）即成为 TLS 服务器。生成一对测试用的：openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=localhost -keyout key.pem -out cert.pem</translation>
    </message>
    <message>
        <source>TLS certificate:</source>
        <translation>TLS 证书：</translation>
    </message>
    <message>
        <source>TLS key:</source>
        <translation>TLS 私钥：</translation>
    </message>
    <message>
        <source>TLS needs both a certificate and its key.</source>
        <translation>TLS 需要同时提供证书及其私钥。</translation>
    </message>
    <message>
        <source>Starting the %1 TLS server on %2, port %3…</source>
        <translation>正在 %2 的 %3 端口启动 %1 TLS 服务器…</translation>
    </message>
    <message>
        <source>%1: listening on %2 (TLS) — %3 accepted, %4 live</source>
        <translation>%1：监听 %2（TLS）— 已接受 %3 个，活动 %4 个</translation>
    </message>
    <message numerus="yes">
        <source>recording paused, %n not recorded</source>
        <translation>
            <numerusform>记录已暂停，%n 个未记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not recorded</source>
        <translation>
            <numerusform>%n 个未记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acw::SnippetModel</name>
    <message>
        <source>Hex needs pairs of digits, e.g. 68 69 0d 0a.</source>
        <translation>十六进制需要成对的数字，例如 68 69 0d 0a。</translation>
    </message>
    <message>
        <source>Unknown encoding %1.</source>
        <translation>未知编码 %1。</translation>
    </message>
    <message>
        <source>Unknown escape %1: use \r \n \t \0 \\ or \xHH.</source>
        <translation>未知转义 %1：请使用 \r \n \t \0 \\ 或 \xHH。</translation>
    </message>
    <message>
        <source>A lone \ at the end: write \\ for a backslash.</source>
        <translation>末尾有单独的 \：反斜杠请写成 \\。</translation>
    </message>
    <message>
        <source>Some characters cannot be written in %1.</source>
        <translation>有些字符无法用 %1 编码。</translation>
    </message>
    <message>
        <source>Bad terminator %1.</source>
        <translation>无效的终止符 %1。</translation>
    </message>
    <message>
        <source>a snippet needs a "name" and a "text"</source>
        <translation>快捷消息需要 "name" 和 "text"</translation>
    </message>
    <message>
        <source>HTTP GET /kongxx</source>
        <translation>HTTP GET /kongxx</translation>
    </message>
    <message>
        <source>hello + CRLF</source>
        <translation>hello + CRLF</translation>
    </message>
    <message>
        <source>the file is larger than 16 MiB</source>
        <translation>文件大于 16 MiB</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>不是 JSON：%1</translation>
    </message>
    <message>
        <source>not a snippets file (no "format": "%1")</source>
        <translation>不是快捷消息文件（没有 "format": "%1"）</translation>
    </message>
</context>
<context>
    <name>acw::SnippetsPanel</name>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>重复(&amp;R)</translation>
    </message>
    <message>
        <source>Send &amp;file…</source>
        <translation>发送文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>重新连接(&amp;C)</translation>
    </message>
    <message>
        <source>Save &amp;received…</source>
        <translation>保存接收数据(&amp;R)…</translation>
    </message>
    <message>
        <source>Save fra&amp;mes…</source>
        <translation>保存帧(&amp;M)…</translation>
    </message>
    <message>
        <source>Snippets</source>
        <translation>快捷消息</translation>
    </message>
    <message>
        <source>Double-click, Send or Ctrl+Alt+1…9 sends to the selected connection</source>
        <translation>双击、“发送”或 Ctrl+Alt+1…9 发送到选中的连接</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;Import snippets…</source>
        <translation>导入快捷消息(&amp;I)…</translation>
    </message>
    <message>
        <source>Import snippets</source>
        <translation>导入快捷消息</translation>
    </message>
    <message>
        <source>Snippets (*.json);;All files (*)</source>
        <translation>快捷消息 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Export snippets…</source>
        <translation>导出快捷消息(&amp;E)…</translation>
    </message>
    <message>
        <source>Export snippets</source>
        <translation>导出快捷消息</translation>
    </message>
    <message>
        <source>Snippets (*.json)</source>
        <translation>快捷消息 (*.json)</translation>
    </message>
    <message>
        <source>e.g. GET / HTTP/1.0\r\n\r\n, or 68 69 in hex</source>
        <translation>例如 GET / HTTP/1.0\r\n\r\n，或十六进制 68 69</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Text takes escapes: \r \n \t \0 \\ \xHH</source>
        <translation>文本支持转义：\r \n \t \0 \\ \xHH</translation>
    </message>
    <message>
        <source>Appended to the message, as escaped bytes; empty for none</source>
        <translation>追加在消息后的转义字节；留空表示不追加</translation>
    </message>
    <message>
        <source>How characters other than escapes become bytes (text only)</source>
        <translation>转义以外的字符如何编码为字节（仅文本）</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>消息：</translation>
    </message>
    <message>
        <source>Terminator:</source>
        <translation>终止符：</translation>
    </message>
    <message>
        <source>New snippet</source>
        <translation>新快捷消息</translation>
    </message>
    <message>
        <source>Send to the selected connection</source>
        <translation>发送到选中的连接</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>直到停止</translation>
    </message>
    <message>
        <source>How many times; 0: until stopped</source>
        <translation>发送次数；0：直到停止</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>back to back</source>
        <translation>连续发送</translation>
    </message>
    <message>
        <source>One every so many milliseconds; 0: as fast as the socket takes them. Never faster than the peer reads: a tick waits while the output queue is above its low watermark.</source>
        <translation>每隔多少毫秒发送一次；0：以套接字能接受的最快速度发送。绝不快于对端读取：输出队列高于低水位时，本次发送等待。</translation>
    </message>
    <message>
        <source>every</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation>发送文件</translation>
    </message>
    <message>
        <source>Open a new client connection with the same host, port and terminator</source>
        <translation>用相同的主机、端口和终止符打开新的客户端连接</translation>
    </message>
    <message>
        <source>The bytes received, as they came (raw)</source>
        <translation>按原样保存收到的字节（原始数据）</translation>
    </message>
    <message>
        <source>The frames received, one JSON object per line, whole payloads</source>
        <translation>收到的帧，每行一个 JSON 对象，载荷完整</translation>
    </message>
    <message>
        <source>Send snippet</source>
        <translation>发送快捷消息</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Select an open connection first.</source>
        <translation>请先选中一个打开的连接。</translation>
    </message>
    <message>
        <source>The snippet is empty.</source>
        <translation>快捷消息为空。</translation>
    </message>
    <message>
        <source>Sent “%1” (%2) to #%3.</source>
        <translation>已将“%1”（%2）发送到 #%3。</translation>
    </message>
    <message>
        <source>Back to back needs a count; or give an interval.</source>
        <translation>连续发送需要指定次数；或者设置间隔。</translation>
    </message>
    <message>
        <source>Repeating “%1” on #%2.</source>
        <translation>正在 #%2 上重复发送“%1”。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Sending %1 (%2) to #%3.</source>
        <translation>正在将 %1（%2）发送到 #%3。</translation>
    </message>
    <message>
        <source>Reconnect needs a closed client connection.</source>
        <translation>重新连接需要一个已关闭的客户端连接。</translation>
    </message>
    <message>
        <source>Reconnecting #%1 as #%2.</source>
        <translation>正在重新连接 #%1，新连接为 #%2。</translation>
    </message>
    <message>
        <source>Save frames as JSON Lines</source>
        <translation>将帧保存为 JSON Lines</translation>
    </message>
    <message>
        <source>Save received bytes</source>
        <translation>保存接收的字节</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Nothing received on this connection.</source>
        <translation>此连接尚未收到任何数据。</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>Saved %1 received on #%2 to %3.</source>
        <translation>已将 #%2 收到的 %1 保存到 %3。</translation>
    </message>
    <message>
        <source>The first %1 are no longer kept (the window keeps the newest bytes of each connection).</source>
        <translation>最早的 %1 已不再保留（窗口只保留每个连接最新的字节）。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n frame(s) of #%1 to %2.</source>
        <translation>
            <numerusform>已将 #%1 的 %n 个帧保存到 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 older frame(s) were no longer kept, %2 only in part (marked "complete": false).</source>
        <translation>%1 个较早的帧已不再保留，%2 个只保留了部分（标记为 "complete": false）。</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n snippet(s).</source>
        <translation>
            <numerusform>已导入 %n 条快捷消息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n snippet(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 条快捷消息导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>已发送 %1</translation>
    </message>
    <message>
        <source>running, waited %1× for the peer</source>
        <translation>运行中，已等待对端 %1 次</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>stopped: connection closed</source>
        <translation>已停止：连接已关闭</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Copy as hex</source>
        <translation>复制为十六进制</translation>
    </message>
    <message>
        <source>Copy as C string</source>
        <translation>复制为 C 字符串</translation>
    </message>
    <message>
        <source>Copy as Python bytes</source>
        <translation>复制为 Python bytes</translation>
    </message>
    <message>
        <source>Save capt&amp;ure…</source>
        <translation>保存捕获(&amp;U)…</translation>
    </message>
    <message>
        <source>Reads, frames, pushes and writes with their times and the terminator changes: File &gt; Open capture shows them again in the inspector and the Framing Lab</source>
        <translation>读取、帧、推送和写入及其时间，以及终止符的更改：“文件 &gt; 打开捕获”会在检查器和分帧实验室中重新显示它们</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Save the connection's capture</source>
        <translation>保存连接的捕获</translation>
    </message>
    <message>
        <source>Captures (*.capture.json *.json);;All files (*)</source>
        <translation>捕获 (*.capture.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Nothing received or sent on this connection.</source>
        <translation>此连接没有收发任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>Saved the capture of #%1 to %2: %3 received in %n read(s),</source>
        <translation>
            <numerusform>已将 #%1 的捕获保存到 %2：共 %n 次读取接收 %3，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent in %n write(s).</source>
        <translation>
            <numerusform>共 %n 次写入发送 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Older bytes or frames were no longer kept: it reopens in the inspector, not in the Framing Lab.</source>
        <translation>较早的字节或帧已不再保留：它可在检查器中重新打开，但不能在分帧实验室中打开。</translation>
    </message>
</context>
<context>
    <name>acw::StreamRenderer</name>
    <message>
        <source>frame</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>next frame</source>
        <translation>下一帧</translation>
    </message>
    <message>
        <source>terminator</source>
        <translation>终止符</translation>
    </message>
    <message>
        <source>collected, not framed yet</source>
        <translation>已收集，尚未成帧</translation>
    </message>
    <message>
        <source>held back (terminator prefix?)</source>
        <translation>保留（可能是终止符前缀）</translation>
    </message>
    <message>
        <source>chunk boundary (one read)</source>
        <translation>数据块边界（一次读取）</translation>
    </message>
    <message>
        <source>handed on as a stream (not kept)</source>
        <translation>作为流传出（未保留）</translation>
    </message>
    <message>
        <source>🔒 TLS began here, at byte %1: %2 (what follows is decrypted)</source>
        <translation>🔒 TLS 从这里开始，位于第 %1 字节：%2（之后是解密后的数据）</translation>
    </message>
</context>
<context>
    <name>acw::TerminatorEditor</name>
    <message>
        <source>&amp;Apply to this connection</source>
        <translation>应用到此连接(&amp;A)</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>预设…</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>当前：</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>新的：</translation>
    </message>
    <message>
        <source>(no connection selected)</source>
        <translation>（未选择连接）</translation>
    </message>
    <message>
        <source>held back: %1</source>
        <translation>保留：%1</translation>
    </message>
    <message>
        <source>&amp;Re-arm the count after every frame</source>
        <translation>每帧之后重新设置计数(&amp;R)</translation>
    </message>
    <message>
        <source>asynchat itself does not re-arm a count: once reached, the terminator becomes none. Tick this for fixed-size frames.</source>
        <translation>asynchat 本身不会重新设置计数：计数达到后终止符变为 none。需要固定长度的帧时请勾选此项。</translation>
    </message>
    <message>
        <source>The new terminator takes effect at the next byte, as in asynchat: bytes already collected stay collected and start the next frame; a count counts only bytes that arrive after the change; held-back bytes are framed again under the new terminator. The preview below is computed from the connection's real state by the framer's own code.</source>
        <translation>与 asynchat 一样，新终止符从下一个字节开始生效：已收集的字节保持收集状态，成为下一帧的开头；计数只计算更改之后到达的字节；保留的字节会按新终止符重新分帧。下面的预览由分帧器自身的代码根据连接的真实状态计算得出。</translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s) still to come in this frame)</source>
        <translation>
            <numerusform>（本帧还差 %n 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>(re-armed after every frame)</source>
        <translation>（每帧之后重新设置）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Waiting for the connection's state…</source>
        <translation>正在等待连接的状态…</translation>
    </message>
    <message>
        <source>The connection holds now: collected, not framed: %1 (%2); held back at the end of the last read (a possible start of the terminator): %3.</source>
        <translation>连接当前持有：已收集未成帧：%1（%2）；上次读取末尾保留的字节（可能是终止符的开头）：%3。</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than this connection's maximum frame (%2): the change would be refused.</source>
        <translation>%1 超过此连接的最大帧（%2）：更改会被拒绝。</translation>
    </message>
    <message>
        <source>frame %1 (%2), ended by %3, completes from the held-back bytes when the next read arrives: %4</source>
        <translation>第 %1 帧（%2），以 %3 结束，在下一次读取到达时由保留的字节完成：%4</translation>
    </message>
    <message>
        <source>the %1 collected (%2)</source>
        <translation>已收集的 %1（%2）</translation>
    </message>
    <message>
        <source>nothing collected yet</source>
        <translation>尚未收集任何字节</translation>
    </message>
    <message>
        <source>frame %1 starts with %2 and ends after %3 more byte(s) arrive: %4 in all.</source>
        <translation>第 %1 帧以%2开头，再到达 %3 字节后结束：共 %4。</translation>
    </message>
    <message>
        <source>After it, the same count frames every %1 bytes (re-armed).</source>
        <translation>之后，同一计数每 %1 字节成一帧（重新设置）。</translation>
    </message>
    <message>
        <source>After it, the terminator becomes none (asynchat does not re-arm a count): later bytes are collected, not framed.</source>
        <translation>之后终止符变为 none（asynchat 不会重新设置计数）：后续字节只收集、不成帧。</translation>
    </message>
    <message>
        <source>frame %1 starts with %2 and ends at the next %3 to arrive.</source>
        <translation>第 %1 帧以%2开头，在下一个到达的 %3 处结束。</translation>
    </message>
    <message>
        <source>No frame: with none every byte is collected as a stream (%1 now); found_terminator() is never called.</source>
        <translation>不会成帧：终止符为 none 时所有字节作为流收集（目前%1）；found_terminator() 永远不会被调用。</translation>
    </message>
    <message>
        <source>held back: %1 (could be the start of %2)</source>
        <translation>保留：%1（可能是 %2 的开头）</translation>
    </message>
    <message>
        <source>These bytes pass the maximum frame: the connection would report a frame too long.</source>
        <translation>这些字节超过最大帧：连接会报告帧过长。</translation>
    </message>
</context>
<context>
    <name>acw::TerminatorField</name>
    <message>
        <source>Escaped bytes (\r\n, \t, \0, \\, \xHH), count:N, or none</source>
        <translation>转义字节（\r\n、\t、\0、\\、\xHH）、count:N 或 none</translation>
    </message>
    <message>
        <source>Type a terminator, or "none".</source>
        <translation>请输入终止符，或输入“none”。</translation>
    </message>
    <message>
        <source>Unknown escape: use \r \n \t \0 \\ or \xHH.</source>
        <translation>未知的转义：请使用 \r \n \t \0 \\ 或 \xHH。</translation>
    </message>
    <message>
        <source>count: needs a whole number, as in count:16.</source>
        <translation>count: 后须为整数，例如 count:16。</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>字节数不能为负数。</translation>
    </message>
    <message>
        <source>That count is too large.</source>
        <translation>字节数太大。</translation>
    </message>
</context>
<context>
    <name>acw::TimelineModel</name>
    <message>
        <source>server started</source>
        <translation>服务器已启动</translation>
    </message>
    <message>
        <source>server stopped</source>
        <translation>服务器已停止</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>accept paused</source>
        <translation>暂停接受</translation>
    </message>
    <message>
        <source>accept resumed</source>
        <translation>恢复接受</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>已打开</translation>
    </message>
    <message>
        <source>chunk</source>
        <translation>数据块</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>terminator</source>
        <translation>终止符</translation>
    </message>
    <message>
        <source>pushed</source>
        <translation>已推送</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>已丢弃</translation>
    </message>
    <message>
        <source>listening on %1</source>
        <translation>监听 %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>accepting paused: %1</source>
        <translation>已暂停接受连接：%1</translation>
    </message>
    <message>
        <source>accepting again</source>
        <translation>重新开始接受连接</translation>
    </message>
    <message>
        <source>peer %1</source>
        <translation>对端 %1</translation>
    </message>
    <message>
        <source>at %1: %2</source>
        <translation>位于 %1：%2</translation>
    </message>
    <message>
        <source>terminator set to %1</source>
        <translation>终止符改为 %1</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>服务器 %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>count reached: terminator is now %1 (asynchat does not re-arm a count)</source>
        <translation>计数已达到：终止符现在为 %1（asynchat 不会重新设置计数）</translation>
    </message>
    <message>
        <source>terminator set to %1 by the profile</source>
        <translation>终止符由协议设为 %1</translation>
    </message>
    <message>
        <source>terminator set to %1, re-armed after every frame</source>
        <translation>终止符设为 %1，每帧之后重新设置</translation>
    </message>
    <message numerus="yes">
        <source>[%1 of %n byte(s) kept]</source>
        <translation>
            <numerusform>[%n 字节中保留了 %1]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>frame #%1, %n byte(s), terminator %2</source>
        <translation>
            <numerusform>第 %1 帧，%n 字节，终止符 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) sent</source>
        <translation>
            <numerusform>已发送 %n 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unframed byte(s) left</source>
        <translation>
            <numerusform>剩余 %n 字节未成帧</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) dropped by the engine</source>
        <translation>
            <numerusform>引擎丢弃了 %n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>relayed</source>
        <translation>已中继</translation>
    </message>
    <message>
        <source>intercept</source>
        <translation>拦截</translation>
    </message>
    <message>
        <source>relay</source>
        <translation>中继</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>client → server #%1, %2 bytes: %3</source>
        <translation>客户端 → 服务器 #%1，%2 字节：%3</translation>
    </message>
    <message>
        <source>server → client #%1, %2 bytes: %3</source>
        <translation>服务器 → 客户端 #%1，%2 字节：%3</translation>
    </message>
    <message>
        <source>%1 held, %2 frames queued</source>
        <translation>%1 已扣留，%2 帧排队</translation>
    </message>
    <message>
        <source>client → server</source>
        <translation>客户端 → 服务器</translation>
    </message>
    <message>
        <source>server → client</source>
        <translation>服务器 → 客户端</translation>
    </message>
    <message>
        <source>%1 passing</source>
        <translation>%1 放行中</translation>
    </message>
    <message>
        <source>TLS began here: %1</source>
        <translation>TLS 从此处开始：%1</translation>
    </message>
    <message>
        <source>listening on %1, relaying to %2</source>
        <translation>正在 %1 上监听，中继到 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n relayed frame(s) not shown (too many in one batch)</source>
        <translation>
            <numerusform>%n 个中继帧未显示（一批中过多）</numerusform>
        </translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>certificate not trusted: %1, SHA-256 fingerprint %2</source>
        <translation>证书不受信任：%1，SHA-256 指纹 %2</translation>
    </message>
    <message>
        <source>recording paused</source>
        <translation>记录暂停</translation>
    </message>
    <message>
        <source>recording resumed</source>
        <translation>记录恢复</translation>
    </message>
    <message>
        <source>more than %1 new connections a second: new connections are served and counted, not recorded</source>
        <translation>每秒新连接超过 %1 个：新连接照常服务并计数，但不记录</translation>
    </message>
    <message numerus="yes">
        <source>recording again; %n connection(s) served without being recorded</source>
        <translation><numerusform>重新开始记录；有 %n 个连接被服务但未记录</numerusform></translation>
    </message>
</context>
<context>
    <name>acw::TimelinePanel</name>
    <message>
        <source>Selected connection only</source>
        <translation>仅显示选中的连接</translation>
    </message>
    <message>
        <source>Auto-scroll</source>
        <translation>自动滚动</translation>
    </message>
    <message>
        <source>Filter details…</source>
        <translation>筛选详情…</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>As text…</source>
        <translation>导出为文本…</translation>
    </message>
    <message>
        <source>As JSON Lines…</source>
        <translation>导出为 JSON Lines…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>导出时间线</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>文本 (*.txt)</translation>
    </message>
    <message>
        <source>Timeline written to %1</source>
        <translation>时间线已写入 %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>acw::Workspace</name>
    <message>
        <source>a port must be 0 to 65535</source>
        <translation>端口必须在 0 到 65535 之间</translation>
    </message>
    <message>
        <source>bad terminator %1</source>
        <translation>无效的终止符 %1</translation>
    </message>
    <message>
        <source>not a workspace file (no "format": "%1")</source>
        <translation>不是工作区文件（没有 "format": "%1"）</translation>
    </message>
    <message>
        <source>a client needs a port</source>
        <translation>客户端需要端口</translation>
    </message>
    <message>
        <source>the file is larger than 16 MiB</source>
        <translation>文件大于 16 MiB</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>不是 JSON：%1</translation>
    </message>
    <message>
        <source>unknown profile %1</source>
        <translation>未知的配置 %1</translation>
    </message>
</context>
<context>
    <name>acw::capturefile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no "capture" record: a framing case? Open it in the Framing Lab instead</source>
        <translation>没有“capture”记录：这是一个成帧用例吗？请改在成帧实验室中打开</translation>
    </message>
    <message>
        <source>written by a newer version (this one reads %1)</source>
        <translation>由更新的版本写入（本版本读取 %1 版）</translation>
    </message>
    <message>
        <source>unknown (a newer version?)</source>
        <translation>未知（更新的版本？）</translation>
    </message>
    <message>
        <source>before the end of input_hex</source>
        <translation>在 input_hex 结束之前</translation>
    </message>
    <message>
        <source>expected [BYTES, "SPEC"]</source>
        <translation>应为 [BYTES, "SPEC"]</translation>
    </message>
    <message>
        <source>expected [offset, time_us, seq]</source>
        <translation>应为 [offset, time_us, seq]</translation>
    </message>
    <message>
        <source>out of order or past the end of the stream</source>
        <translation>顺序错乱或超出流的末尾</translation>
    </message>
    <message>
        <source>expected pairs of hex digits</source>
        <translation>应为成对的十六进制数字</translation>
    </message>
    <message>
        <source>pushed_end and sent_end disagree with the bytes</source>
        <translation>pushed_end 和 sent_end 与字节不一致</translation>
    </message>
</context>
<context>
    <name>acw::capturefile::Reader</name>
    <message>
        <source>expected a whole number from %1</source>
        <translation>应为不小于 %1 的整数</translation>
    </message>
    <message>
        <source>expected a terminator spec string</source>
        <translation>应为终止符规格字符串</translation>
    </message>
    <message>
        <source>bad terminator "%1": %2</source>
        <translation>错误的终止符“%1”：%2</translation>
    </message>
    <message>
        <source>expected [offset, size, time_us, seq]</source>
        <translation>应为 [offset, size, time_us, seq]</translation>
    </message>
    <message>
        <source>out of order or past the end of the stream</source>
        <translation>顺序错乱或超出流的末尾</translation>
    </message>
</context>
<context>
    <name>acw::cli</name>
    <message>
        <source>Server to connect to; IPv6 as [::1]:PORT.</source>
        <translation>要连接的服务器；IPv6 写作 [::1]:PORT。</translation>
    </message>
    <message>
        <source>Terminator: escaped bytes (\r\n, \n, \xHH), count:N or none. Default: \r\n.</source>
        <translation>终止符：转义字节（\r\n、\n、\xHH）、count:N 或 none。默认：\r\n。</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>Text to send first (escapes allowed); repeatable.</source>
        <translation>先发送的文本（可用转义）；可重复。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Largest frame accepted, in bytes. Default: 1048576.</source>
        <translation>接受的最大帧，单位字节。默认：1048576。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Grace period after stdin ends, in ms. Default: 1000.</source>
        <translation>标准输入结束后的宽限期，单位毫秒。默认：1000。</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Do not read standard input (only --send).</source>
        <translation>不读取标准输入（只发送 --send）。</translation>
    </message>
    <message>
        <source>expected one HOST:PORT</source>
        <translation>需要一个 HOST:PORT</translation>
    </message>
    <message>
        <source>'%1' is not HOST:PORT (IPv6 as [::1]:PORT)</source>
        <translation>“%1”不是 HOST:PORT（IPv6 写作 [::1]:PORT）</translation>
    </message>
    <message>
        <source>--terminator: %1</source>
        <translation>--terminator：%1</translation>
    </message>
    <message>
        <source>--send: bad escape in '%1'</source>
        <translation>--send：“%1”中的转义无效</translation>
    </message>
    <message>
        <source>--max-frame: expected a positive number of bytes</source>
        <translation>--max-frame：需要一个正的字节数</translation>
    </message>
    <message>
        <source>--wait: expected milliseconds</source>
        <translation>--wait：需要毫秒数</translation>
    </message>
    <message>
        <source>--terminator: the count is larger than --max-frame</source>
        <translation>--terminator：计数大于 --max-frame</translation>
    </message>
    <message>
        <source>Feeds FILE (or standard input) through the framer and prints one line per frame.
The first -t is set before feeding; after frame k the (k+1)-th -t is set inside
the found-terminator callback; once the list is used up the last -t is set again
after every frame (so -t count:16 frames 16-byte records; --no-repeat: nothing
more is set, as asynchat). Default terminator: \r\n.
--set-at BYTES:SPEC sets SPEC from outside any callback once BYTES bytes were fed
(the window's live change); the reads are cut at BYTES, so the change falls
between two reads.
Terminator SPEC: escaped bytes (\r \n \t \0 \\ \xHH), count:N, or none.
Case files (--expect, --save-case): see docs/lab-case-format.md.
Exit status: 0 done (--expect: as expected), 1 input unreadable, a frame exceeded
--max-frame, or (--expect) a difference, printed; 2 usage or a malformed case.</source>
        <translation>把 FILE（或标准输入）送入分帧器，每帧打印一行。
第一个 -t 在送入前设置；第 k 帧之后，在找到终止符的回调中设置第 k+1 个 -t；
列表用完后，每帧之后再次设置最后一个 -t（因此 -t count:16 切分 16 字节的记录；
--no-repeat：不再设置，与 asynchat 相同）。默认终止符：\r\n。
--set-at BYTES:SPEC 在送入 BYTES 字节后、在任何回调之外设置 SPEC（即窗口中的实时更改）；
读取在 BYTES 处切开，因此更改发生在两次读取之间。
终止符 SPEC：转义字节（\r \n \t \0 \\ \xHH）、count:N 或 none。
用例文件（--expect、--save-case）：见 docs/lab-case-format.md。
退出状态：0 完成（--expect：符合预期），1 输入无法读取、有帧超过 --max-frame，
或（--expect）有差异并已打印；2 用法错误或用例格式错误。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Terminator script entry (repeatable).</source>
        <translation>终止符脚本中的一项（可重复）。</translation>
    </message>
    <message>
        <source>Once the -t list is used up, set nothing more.</source>
        <translation>-t 列表用完后，不再设置终止符。</translation>
    </message>
    <message>
        <source>Read sizes, used in turn (default 65536).</source>
        <translation>每次读取的大小，轮流使用（默认 65536）。</translation>
    </message>
    <message>
        <source>Set SPEC once BYTES bytes were fed, between two reads (repeatable).</source>
        <translation>送入 BYTES 字节后，在两次读取之间设置 SPEC（可重复）。</translation>
    </message>
    <message>
        <source>Fail once a frame passes N bytes (default: no limit).</source>
        <translation>帧超过 N 字节即失败（默认：不限制）。</translation>
    </message>
    <message>
        <source>Print JSON Lines.</source>
        <translation>以 JSON Lines 格式输出。</translation>
    </message>
    <message>
        <source>Print only the totals and the elapsed time.</source>
        <translation>只打印总计和耗时。</translation>
    </message>
    <message>
        <source>Replay the case FILE and compare with its expected frames and end state.</source>
        <translation>重放用例文件 FILE，并与其中预期的帧和结束状态比较。</translation>
    </message>
    <message>
        <source>Also write this run as a case FILE.</source>
        <translation>同时把这次运行写成用例文件 FILE。</translation>
    </message>
    <message>
        <source>Input file; - or nothing for stdin.</source>
        <translation>输入文件；- 或省略表示标准输入。</translation>
    </message>
    <message>
        <source>try 'asynchat-workbench frame --help'</source>
        <translation>请尝试“asynchat-workbench frame --help”</translation>
    </message>
    <message>
        <source>Usage: asynchat-workbench frame [-t SPEC]... [--no-repeat] [--chunks N[,N...]] [--set-at BYTES:SPEC]... [--max-frame N] [--json|--summary] [--save-case FILE] [FILE|-]
       asynchat-workbench frame --expect CASE</source>
        <translation>用法：asynchat-workbench frame [-t SPEC]... [--no-repeat] [--chunks N[,N...]] [--set-at BYTES:SPEC]... [--max-frame N] [--json|--summary] [--save-case FILE] [FILE|-]
      asynchat-workbench frame --expect CASE</translation>
    </message>
    <message>
        <source>--expect replays the case file alone; --%1 belongs in the file</source>
        <translation>--expect 只重放用例文件；--%1 应写在文件里</translation>
    </message>
    <message>
        <source>--expect takes its input from the case file</source>
        <translation>--expect 从用例文件读取输入</translation>
    </message>
    <message>
        <source>--max-frame needs a number of bytes, not '%1'</source>
        <translation>--max-frame 需要字节数，而不是“%1”</translation>
    </message>
    <message>
        <source>bad terminator '%1': %2</source>
        <translation>终止符“%1”无效：%2</translation>
    </message>
    <message>
        <source>terminator %1 is larger than --max-frame %2</source>
        <translation>终止符 %1 大于 --max-frame %2</translation>
    </message>
    <message>
        <source>--chunks needs sizes from 1 to 1073741824, not '%1'</source>
        <translation>--chunks 需要 1 到 1073741824 之间的大小，而不是“%1”</translation>
    </message>
    <message>
        <source>--json and --summary exclude each other</source>
        <translation>--json 与 --summary 不能同时使用</translation>
    </message>
    <message>
        <source>one input file at most</source>
        <translation>最多一个输入文件</translation>
    </message>
    <message>
        <source>cannot read case %1: %2</source>
        <translation>无法读取用例 %1：%2</translation>
    </message>
    <message>
        <source>malformed case %1: %2</source>
        <translation>用例 %1 格式错误：%2</translation>
    </message>
    <message>
        <source>malformed case %1: no "expect" object to compare with</source>
        <translation>用例 %1 格式错误：没有可比较的 "expect" 对象</translation>
    </message>
    <message>
        <source>ok: %1 frames and the end state as expected (%2)</source>
        <translation>通过：%1 帧和结束状态均符合预期（%2）</translation>
    </message>
    <message>
        <source>differs from %1:</source>
        <translation>与 %1 不同：</translation>
    </message>
    <message>
        <source>cannot write case %1: %2</source>
        <translation>无法写入用例 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>read error on %1: %2</source>
        <translation>读取 %1 出错：%2</translation>
    </message>
    <message>
        <source>no frame limit</source>
        <translation>不限制帧大小</translation>
    </message>
    <message>
        <source>max frame %1 bytes</source>
        <translation>最大帧 %1 字节</translation>
    </message>
    <message>
        <source>all interfaces, port %1</source>
        <translation>所有网络接口，端口 %1</translation>
    </message>
    <message>
        <source>Serving echo on %1 (terminator %2, %3)</source>
        <translation>echo 服务运行于 %1（终止符 %2，%3）</translation>
    </message>
    <message>
        <source>Serving manual (silent) on %1 (terminator %2, %3)</source>
        <translation>manual（静默）服务运行于 %1（终止符 %2，%3）</translation>
    </message>
    <message>
        <source>Serving chat on %1 (lines end in %2, %3)</source>
        <translation>chat 服务运行于 %1（行以 %2 结尾，%3）</translation>
    </message>
    <message>
        <source>Serving greeting on %1 - try %2kongxx</source>
        <translation>greeting 服务运行于 %1 - 试试 %2kongxx</translation>
    </message>
    <message>
        <source>Runs a protocol profile's server without a window. The greeting profile is the seed's
HTTP server: open http://127.0.0.1:8888/kongxx and it says "Hello kongxx!".
Prints the address it serves on first, then one line per connection (unless --quiet).
Stops cleanly on Ctrl+C (SIGINT) or SIGTERM. Exit status: 0 stopped, 1 cannot listen
(e.g. port in use), 2 usage error.</source>
        <translation>不开窗口，运行某个协议配置的服务器。greeting 配置就是原始示例的 HTTP 服务器：
打开 http://127.0.0.1:8888/kongxx，它回答 "Hello kongxx!"。
先打印服务地址，然后每个连接打印一行（除非使用 --quiet）。
按 Ctrl+C（SIGINT）或收到 SIGTERM 时干净地停止。退出状态：0 已停止，1 无法监听
（例如端口已被占用），2 用法错误。</translation>
    </message>
    <message>
        <source>Do not print a line per connection.</source>
        <translation>不为每个连接打印一行。</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>warning: listening on ALL interfaces; other machines can connect</source>
        <translation>警告：正在所有网络接口上监听；其他机器可以连接</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>无法在 %1:%2 上监听：%3</translation>
    </message>
    <message>
        <source>accepting paused: %1</source>
        <translation>已暂停接受连接：%1</translation>
    </message>
    <message>
        <source>accepting resumed</source>
        <translation>已恢复接受连接</translation>
    </message>
    <message>
        <source>%1 #%2 %3 opened</source>
        <translation>%1 #%2 %3 已打开</translation>
    </message>
    <message>
        <source>%1 #%2 %3 closed%4</source>
        <translation>%1 #%2 %3 已关闭%4</translation>
    </message>
    <message>
        <source>Stopping (%1).</source>
        <translation>正在停止（%1）。</translation>
    </message>
    <message>
        <source>greeting (HTTP), echo, chat or manual (silent: frames, never answers). Default: greeting.</source>
        <translation>greeting（HTTP）、echo、chat 或 manual（静默：只分帧，从不回答）。默认：greeting。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Address to listen on: an IP, 'localhost' (127.0.0.1 and ::1) or 'any' (all interfaces, with a warning). Default: 127.0.0.1.</source>
        <translation>监听地址：一个 IP、“localhost”（127.0.0.1 和 ::1）或“any”（所有网络接口，会给出警告）。默认：127.0.0.1。</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADDR</translation>
    </message>
    <message>
        <source>Port; 0 picks a free one (printed). Default: 8888.</source>
        <translation>端口；0 表示自动选择空闲端口（会打印出来）。默认：8888。</translation>
    </message>
    <message>
        <source>echo/chat terminator: escaped bytes (\r\n, \n, qqq, \xHH), count:N or none.</source>
        <translation>echo/chat 的终止符：转义字节（\r\n、\n、qqq、\xHH）、count:N 或 none。</translation>
    </message>
    <message>
        <source>echo/chat maximum frame in bytes, -1 for none.</source>
        <translation>echo/chat 的最大帧，单位字节，-1 表示不限制。</translation>
    </message>
    <message>
        <source>Connection cap (0: none). Default: 1024.</source>
        <translation>连接数上限（0：不限制）。默认：1024。</translation>
    </message>
    <message>
        <source>greeting: total deadline for a request head, in ms. Default: 10000.</source>
        <translation>greeting：请求头的总期限，单位毫秒。默认：10000。</translation>
    </message>
    <message>
        <source>echo: idle deadline in ms (chat has none). Default: 60000.</source>
        <translation>echo：空闲期限，单位毫秒（chat 没有）。默认：60000。</translation>
    </message>
    <message>
        <source>Every profile: close a connection whose output made no progress for this long, in ms (0: never). Default: 30000.</source>
        <translation>所有协议：输出在这段时间内没有进展则关闭连接，单位毫秒（0：从不）。默认：30000。</translation>
    </message>
    <message>
        <source>--bind: '%1' is not an IP address, 'localhost' or 'any'</source>
        <translation>--bind：“%1”不是 IP 地址、“localhost”或“any”</translation>
    </message>
    <message>
        <source>--port: '%1' is not a port number (0-65535)</source>
        <translation>--port：“%1”不是端口号（0-65535）</translation>
    </message>
    <message>
        <source>--%1: '%2' is not a number from %3 to %4</source>
        <translation>--%1：“%2”不是 %3 到 %4 之间的数</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>未知选项 --%1</translation>
    </message>
    <message>
        <source>An async_chat client. Pushes each --send, then each line of standard input, with the
terminator appended, and prints every frame received as "[index] escaped-text".
A stdin line ":terminator SPEC" changes the terminator (both ways) from then on;
":starttls" upgrades the connection to TLS (after the protocol's own command).
Exits when the peer closes, or when stdin has ended and no frame came for the grace
period (--wait, default 1000 ms). Exit status: 0 done, 1 cannot connect or the
connection failed, 2 usage error.</source>
        <translation>async_chat 客户端。先推送每个 --send，再推送标准输入的每一行，都附加终止符，并把收到的每一帧打印为 "[序号] 转义文本"。
标准输入中的一行 ":terminator SPEC" 从此更改终止符（双向）；
":starttls" 把连接升级为 TLS（在协议自身的命令之后）。
对端关闭时退出，或在标准输入结束且宽限期内没有帧到达时退出
（--wait，默认 1000 毫秒）。退出状态：0 完成，1 无法连接或
连接失败，2 用法错误。</translation>
    </message>
    <message>
        <source>Talk TLS (the peer is verified against the system CAs).</source>
        <translation>使用 TLS（按系统 CA 验证对端）。</translation>
    </message>
    <message>
        <source>Trust this CA (PEM) as well as the system's.</source>
        <translation>除系统 CA 外，也信任此 CA（PEM）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Accept exactly this peer certificate (SHA-256, hex), even self-signed.</source>
        <translation>只接受此对端证书（SHA-256，十六进制），即使是自签名证书。</translation>
    </message>
    <message>
        <source>SHA256HEX</source>
        <translation>SHA256十六进制</translation>
    </message>
    <message>
        <source> ... (%1 bytes)</source>
        <translation> ...（%1 字节）</translation>
    </message>
    <message>
        <source> (no terminator: the stream ended)</source>
        <translation>（无终止符：流已结束）</translation>
    </message>
    <message>
        <source>--listen: '%1' is not ADDR:PORT (IPv6 as [::1]:PORT; port 0 picks one)</source>
        <translation>--listen：'%1' 不是 地址:端口（IPv6 写作 [::1]:端口；端口 0 自动选择）</translation>
    </message>
    <message>
        <source>--listen: '%1' is not an IP address</source>
        <translation>--listen：'%1' 不是 IP 地址</translation>
    </message>
    <message>
        <source>--to HOST:PORT is required</source>
        <translation>必须指定 --to 主机:端口</translation>
    </message>
    <message>
        <source>--to: '%1' is not HOST:PORT (IPv6 as [::1]:PORT)</source>
        <translation>--to：'%1' 不是 主机:端口（IPv6 写作 [::1]:端口）</translation>
    </message>
    <message>
        <source>--reply-terminator: %1</source>
        <translation>--reply-terminator：%1</translation>
    </message>
    <message>
        <source>--max-connections: expected a number (0: no cap)</source>
        <translation>--max-connections：应为数字（0：不限）</translation>
    </message>
    <message>
        <source>--connect-timeout: expected milliseconds</source>
        <translation>--connect-timeout：应为毫秒数</translation>
    </message>
    <message>
        <source>--ca and --accept-fingerprint apply to the upstream and need --tls</source>
        <translation>--ca 和 --accept-fingerprint 用于上游，需要 --tls</translation>
    </message>
    <message>
        <source>A relay between real programs: each client that connects to --listen gets its own
connection to --to; every byte is passed on unchanged and in order. Both directions
are framed for display: one line per frame, "&gt;" client to server, "&lt;" back.
Prints where it listens first. Stops cleanly on Ctrl+C (SIGINT) or SIGTERM.
Exit status: 0 stopped, 1 cannot listen or bad TLS files, 2 usage error.</source>
        <translation>真实程序之间的中继：每个连接到 --listen 的客户端都有自己到 --to 的连接；
每个字节都原样按序转发。两个方向都分帧显示：
每帧一行，"&gt;" 表示客户端到服务器，"&lt;" 表示反向。
先打印监听地址。按 Ctrl+C（SIGINT）或 SIGTERM 干净地停止。
退出状态：0 已停止，1 无法监听或 TLS 文件有误，2 用法错误。</translation>
    </message>
    <message>
        <source>Address to listen on; port 0 picks a free one. Default: 127.0.0.1:0.</source>
        <translation>监听地址；端口 0 自动选择空闲端口。默认：127.0.0.1:0。</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>地址:端口</translation>
    </message>
    <message>
        <source>The server each client is relayed to.</source>
        <translation>每个客户端被中继到的服务器。</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>主机:端口</translation>
    </message>
    <message>
        <source>Frames client to server end with this: escaped bytes (\r\n, \n, \xHH), count:N or none. Default: \r\n.</source>
        <translation>客户端到服务器的帧以此结束：转义字节（\r\n、\n、\xHH）、count:N 或 none。默认：\r\n。</translation>
    </message>
    <message>
        <source>Frames server to client. Default: --terminator.</source>
        <translation>服务器到客户端的帧。默认：同 --terminator。</translation>
    </message>
    <message>
        <source>Print no frames (they are still counted).</source>
        <translation>不打印帧（仍会计数）。</translation>
    </message>
    <message>
        <source>Clients at once (0: no cap). Default: 1024.</source>
        <translation>同时允许的客户端数（0：不限）。默认：1024。</translation>
    </message>
    <message>
        <source>Deadline for the upstream connect, ms. Default: 10000.</source>
        <translation>上游连接的期限，毫秒。默认：10000。</translation>
    </message>
    <message>
        <source>Talk TLS to the upstream (verified against the system CAs).</source>
        <translation>与上游使用 TLS（按系统 CA 验证）。</translation>
    </message>
    <message>
        <source>Accept exactly this upstream certificate (SHA-256, hex).</source>
        <translation>只接受此上游证书（SHA-256，十六进制）。</translation>
    </message>
    <message>
        <source>Clients talk TLS to the relay: certificate (PEM).</source>
        <translation>客户端以 TLS 连接中继：证书（PEM）。</translation>
    </message>
    <message>
        <source>Its private key (PEM).</source>
        <translation>其私钥（PEM）。</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>无法在 %1 上监听：%2</translation>
    </message>
    <message>
        <source>Relaying on %1 to %2:%3 (client to server frames end in %4, server to client in %5)%6</source>
        <translation>中继 %1 到 %2:%3（客户端到服务器的帧以 %4 结束，服务器到客户端以 %5 结束）%6</translation>
    </message>
    <message>
        <source>, clients talk TLS</source>
        <translation>，客户端使用 TLS</translation>
    </message>
    <message>
        <source>, TLS to the server</source>
        <translation>，与服务器使用 TLS</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 被拒绝：%2</translation>
    </message>
    <message>
        <source>%1 #%2 server %3 connected</source>
        <translation>%1 #%2 已连接服务器 %3</translation>
    </message>
    <message>
        <source>%1 #%2 closed%3</source>
        <translation>%1 #%2 已关闭%3</translation>
    </message>
    <message>
        <source>#%1 closed: %2</source>
        <translation>#%1 已关闭：%2</translation>
    </message>
    <message>
        <source>Serve over TLS with this certificate (PEM).</source>
        <translation>使用此证书（PEM）以 TLS 提供服务。</translation>
    </message>
    <message>
        <source>The certificate's private key (PEM).</source>
        <translation>证书的私钥（PEM）。</translation>
    </message>
    <message>
        <source>--profile: unknown profile '%1' (choose one of: greeting, echo, chat, manual)</source>
        <translation>--profile：未知的配置“%1”（可选：greeting、echo、chat、manual）</translation>
    </message>
    <message>
        <source>--set-at: %1</source>
        <translation>--set-at：%1</translation>
    </message>
    <message>
        <source> (TLS: %1)</source>
        <translation>（TLS：%1）</translation>
    </message>
    <message>
        <source> (client TLS: %1)</source>
        <translation>（与客户端的 TLS：%1）</translation>
    </message>
</context>
<context>
    <name>acw::cli::LineClient</name>
    <message>
        <source>cannot connect to %1:%2: timed out after %3 ms</source>
        <translation>无法连接到 %1:%2：%3 毫秒后超时</translation>
    </message>
    <message>
        <source>cannot connect to %1:%2: %3</source>
        <translation>无法连接到 %1:%2：%3</translation>
    </message>
    <message>
        <source>connection closed by the peer</source>
        <translation>对端关闭了连接</translation>
    </message>
    <message>
        <source>:terminator: %1</source>
        <translation>:terminator：%1</translation>
    </message>
    <message>
        <source>:terminator: %1 is larger than the maximum frame</source>
        <translation>:terminator：%1 大于最大帧</translation>
    </message>
    <message>
        <source>terminator is now %1</source>
        <translation>终止符现在是 %1</translation>
    </message>
    <message>
        <source>TLS started: %1</source>
        <translation>TLS 已开始：%1</translation>
    </message>
    <message>
        <source>:starttls: not connected</source>
        <translation>:starttls：未连接</translation>
    </message>
</context>
<context>
    <name>acw::cli::Printer</name>
    <message>
        <source>frame %1 (%2, %3 bytes) "%4"</source>
        <translation>帧 %1（%2，%3 字节）"%4"</translation>
    </message>
    <message>
        <source>error: frame %1 is longer than %2 bytes (--max-frame); framing stopped</source>
        <translation>错误：帧 %1 超过 %2 字节（--max-frame）；分帧已停止</translation>
    </message>
    <message>
        <source>terminator %1 set at byte %2 (outside a callback)</source>
        <translation>在第 %2 字节处设置终止符 %1（在回调之外）</translation>
    </message>
    <message>
        <source>end: %1 bytes pending "%2", held back "%3", terminator %4</source>
        <translation>结束：%1 字节未成帧 "%2"，保留 "%3"，终止符 %4</translation>
    </message>
    <message>
        <source>input:      %1 bytes</source>
        <translation>输入：      %1 字节</translation>
    </message>
    <message>
        <source>frames:     %1</source>
        <translation>帧数：      %1</translation>
    </message>
    <message>
        <source>framed:     %1 bytes of frame data</source>
        <translation>已成帧：    %1 字节帧数据</translation>
    </message>
    <message>
        <source>pending:    %1 bytes</source>
        <translation>未成帧：    %1 字节</translation>
    </message>
    <message>
        <source>held back:  %1 bytes</source>
        <translation>保留：      %1 字节</translation>
    </message>
    <message>
        <source>terminator: %1</source>
        <translation>终止符：%1</translation>
    </message>
    <message>
        <source>stopped:    a frame exceeded --max-frame %1</source>
        <translation>已停止：    有帧超过 --max-frame %1</translation>
    </message>
    <message>
        <source>elapsed:    %1 s (%2 MB/s)</source>
        <translation>耗时：      %1 秒（%2 MB/s）</translation>
    </message>
</context>
<context>
    <name>acw::gui</name>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
</context>
<context>
    <name>acw::messages</name>
    <message>
        <source>client side: %1</source>
        <translation>客户端一侧：%1</translation>
    </message>
    <message>
        <source>server side: %1</source>
        <translation>服务器一侧：%1</translation>
    </message>
    <message>
        <source>cannot connect to the server: %1</source>
        <translation>无法连接到服务器：%1</translation>
    </message>
    <message>
        <source>idle timeout: nothing received for %1 ms</source>
        <translation>空闲超时：%1 毫秒内未收到任何数据</translation>
    </message>
    <message>
        <source>deadline of %1 ms passed</source>
        <translation>已超过 %1 毫秒的期限</translation>
    </message>
    <message>
        <source>no complete request within %1 ms</source>
        <translation>%1 毫秒内未收到完整的请求</translation>
    </message>
    <message>
        <source>408 Request Timeout: no complete request within %1 ms</source>
        <translation>408 请求超时：%1 毫秒内未收到完整的请求</translation>
    </message>
    <message>
        <source>timeout after %1 ms</source>
        <translation>%1 毫秒后超时</translation>
    </message>
    <message>
        <source>STARTTLS: this connection was not opened with STARTTLS allowed</source>
        <translation>STARTTLS：此连接打开时未允许 STARTTLS</translation>
    </message>
    <message>
        <source>STARTTLS: TLS has already started</source>
        <translation>STARTTLS：TLS 已经开始</translation>
    </message>
    <message>
        <source>STARTTLS: not connected</source>
        <translation>STARTTLS：尚未连接</translation>
    </message>
    <message>
        <source>STARTTLS: not a client connection</source>
        <translation>STARTTLS：不是客户端连接</translation>
    </message>
    <message>
        <source>connection reset by peer</source>
        <translation>连接被对端重置</translation>
    </message>
    <message>
        <source>frame longer than %1 bytes</source>
        <translation>帧长度超过 %1 字节</translation>
    </message>
    <message>
        <source>write timeout: no progress for %1 ms</source>
        <translation>写超时：%1 毫秒内没有进展</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <source>connect timed out after %1 ms</source>
        <translation>连接在 %1 毫秒后超时</translation>
    </message>
    <message>
        <source>connect timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1：%2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>协议错误</translation>
    </message>
    <message>
        <source>dropped from the chat: a slow reader (%1 bytes unsent)</source>
        <translation>已被移出聊天：读取过慢（%1 字节未发送）</translation>
    </message>
    <message>
        <source>evicted: connection limit reached, not reading its output</source>
        <translation>已被驱逐：达到连接上限，且未读取其输出</translation>
    </message>
    <message>
        <source>evicted: connection limit reached</source>
        <translation>已被驱逐：达到连接上限</translation>
    </message>
    <message>
        <source>terminator count:%1 exceeds the maximum frame size (%2 bytes)</source>
        <translation>终止符 count:%1 超过最大帧长度（%2 字节）</translation>
    </message>
    <message>
        <source>TLS handshake not done after %1 ms</source>
        <translation>TLS 握手在 %1 毫秒内未完成</translation>
    </message>
    <message>
        <source>closed during the TLS handshake</source>
        <translation>在 TLS 握手期间关闭</translation>
    </message>
    <message>
        <source>closed from the workbench</source>
        <translation>已从工作台关闭</translation>
    </message>
    <message>
        <source>relay stopped</source>
        <translation>中继已停止</translation>
    </message>
    <message>
        <source>connection cap (%1) reached</source>
        <translation>已达到连接上限（%1）</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>错误 %1</translation>
    </message>
    <message>
        <source>closed in order</source>
        <translation>正常关闭</translation>
    </message>
    <message>
        <source>the peer closed the connection</source>
        <translation>对端关闭了连接</translation>
    </message>
    <message>
        <source>permission denied (ports below 1024 need privileges)</source>
        <translation>权限不足（1024 以下的端口需要特权）</translation>
    </message>
    <message>
        <source>out of sockets or memory</source>
        <translation>套接字或内存不足</translation>
    </message>
    <message>
        <source>the operation timed out</source>
        <translation>操作超时</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>the address is already in use</source>
        <translation>地址已被占用</translation>
    </message>
    <message>
        <source>the address is not available on this machine</source>
        <translation>本机上没有这个地址</translation>
    </message>
    <message>
        <source>unsupported operation (is IPv6 available?)</source>
        <translation>不支持的操作（IPv6 是否可用？）</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <source>socket error %1</source>
        <translation>套接字错误 %1</translation>
    </message>
    <message>
        <source>socket error: %1</source>
        <translation>套接字错误：%1</translation>
    </message>
    <message>
        <source>request line longer than %1 bytes</source>
        <translation>请求行超过 %1 字节</translation>
    </message>
    <message>
        <source>header line longer than %1 bytes</source>
        <translation>头部行超过 %1 字节</translation>
    </message>
    <message>
        <source>headers longer than %1 bytes</source>
        <translation>头部总长超过 %1 字节</translation>
    </message>
    <message>
        <source>more than %1 header lines</source>
        <translation>头部行多于 %1 行</translation>
    </message>
    <message>
        <source>too many empty lines before the request line</source>
        <translation>请求行之前的空行过多</translation>
    </message>
    <message>
        <source>control byte in the request line</source>
        <translation>请求行中有控制字节</translation>
    </message>
    <message>
        <source>HTTP/0.9 request lines are not served</source>
        <translation>不支持 HTTP/0.9 请求行</translation>
    </message>
    <message>
        <source>malformed request line</source>
        <translation>请求行格式错误</translation>
    </message>
    <message>
        <source>invalid method</source>
        <translation>无效的方法</translation>
    </message>
    <message>
        <source>methods are case-sensitive</source>
        <translation>方法名区分大小写</translation>
    </message>
    <message>
        <source>malformed HTTP version</source>
        <translation>HTTP 版本格式错误</translation>
    </message>
    <message>
        <source>unsupported HTTP version</source>
        <translation>不支持的 HTTP 版本</translation>
    </message>
    <message>
        <source>method not allowed</source>
        <translation>不允许的方法</translation>
    </message>
    <message>
        <source>the request target is not an absolute path</source>
        <translation>请求目标不是绝对路径</translation>
    </message>
    <message>
        <source>header line without a colon</source>
        <translation>头部行缺少冒号</translation>
    </message>
    <message>
        <source>invalid header name</source>
        <translation>无效的头部名称</translation>
    </message>
    <message>
        <source>control byte in a header value</source>
        <translation>头部值中有控制字节</translation>
    </message>
    <message>
        <source>duplicate Host header</source>
        <translation>重复的 Host 头部</translation>
    </message>
    <message>
        <source>duplicate Content-Length header</source>
        <translation>重复的 Content-Length 头部</translation>
    </message>
    <message>
        <source>invalid Content-Length</source>
        <translation>无效的 Content-Length</translation>
    </message>
    <message>
        <source>a request body is not accepted</source>
        <translation>不接受请求体</translation>
    </message>
    <message>
        <source>Transfer-Encoding is not accepted</source>
        <translation>不接受 Transfer-Encoding</translation>
    </message>
    <message>
        <source>HTTP/1.1 request without Host</source>
        <translation>HTTP/1.1 请求缺少 Host</translation>
    </message>
    <message>
        <source>no such page (names have one path segment)</source>
        <translation>没有这个页面（名称只能有一段路径）</translation>
    </message>
    <message>
        <source>fragment in the request target</source>
        <translation>请求目标中含有片段（#）</translation>
    </message>
    <message>
        <source>malformed percent-escape</source>
        <translation>百分号转义格式错误</translation>
    </message>
    <message>
        <source>the name is not valid UTF-8</source>
        <translation>名称不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>control character in the name</source>
        <translation>名称中有控制字符</translation>
    </message>
    <message>
        <source>the decoded name contains '/'</source>
        <translation>解码后的名称包含“/”</translation>
    </message>
    <message>
        <source>dot segment</source>
        <translation>点路径段（. 或 ..）</translation>
    </message>
    <message>
        <source>not a server profile (choose one of: greeting, echo, chat, manual)</source>
        <translation>不是服务器配置（可选：greeting、echo、chat、manual）</translation>
    </message>
    <message>
        <source>the greeting profile speaks HTTP: its terminator is fixed (lines end in \r\n or \n)</source>
        <translation>greeting 配置使用 HTTP：其终止符是固定的（行以 \r\n 或 \n 结尾）</translation>
    </message>
    <message>
        <source>the greeting profile has fixed limits (request line %1 bytes, headers %2 bytes)</source>
        <translation>greeting 配置的限制是固定的（请求行 %1 字节，头部 %2 字节）</translation>
    </message>
    <message>
        <source>the header timeout cannot be negative</source>
        <translation>头部超时不能为负数</translation>
    </message>
    <message>
        <source>the maximum frame must be a positive number of bytes (or unlimited)</source>
        <translation>最大帧必须是正的字节数（或不限）</translation>
    </message>
    <message>
        <source>terminator count:%1 is larger than the maximum frame of %2 bytes</source>
        <translation>终止符 count:%1 大于最大帧 %2 字节</translation>
    </message>
    <message>
        <source>the idle timeout cannot be negative</source>
        <translation>空闲超时不能为负数</translation>
    </message>
    <message>
        <source>the chat profile is line based: its terminator must be bytes, such as \n or \r\n</source>
        <translation>chat 配置以行为单位：其终止符必须是字节，例如 \n 或 \r\n</translation>
    </message>
    <message>
        <source>TLS is not available: Qt has no TLS backend (install Qt's OpenSSL plugin)</source>
        <translation>TLS 不可用：Qt 没有 TLS 后端（请安装 Qt 的 OpenSSL 插件）</translation>
    </message>
    <message>
        <source>TLS needs both --tls-cert and --tls-key</source>
        <translation>TLS 需要同时提供 --tls-cert 和 --tls-key</translation>
    </message>
    <message>
        <source>cannot read certificate %1: %2</source>
        <translation>无法读取证书 %1：%2</translation>
    </message>
    <message>
        <source>cannot read key %1: %2</source>
        <translation>无法读取私钥 %1：%2</translation>
    </message>
    <message>
        <source>cannot read CA file %1: %2</source>
        <translation>无法读取 CA 文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 中没有 PEM 证书</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key</source>
        <translation>%1 中没有未加密的 PEM 私钥</translation>
    </message>
    <message>
        <source>the key in %1 does not match the certificate in %2</source>
        <translation>%1 中的私钥与 %2 中的证书不匹配</translation>
    </message>
    <message>
        <source>'%1' is not a SHA-256 fingerprint (64 hex digits)</source>
        <translation>“%1”不是 SHA-256 指纹（64 位十六进制数字）</translation>
    </message>
    <message>
        <source>invalid bind address: %1</source>
        <translation>无效的绑定地址：%1</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>无法在 %1 上监听：%2</translation>
    </message>
    <message>
        <source>connection limit (%1) reached: refusing new connections</source>
        <translation>达到连接上限（%1）：拒绝新连接</translation>
    </message>
    <message>
        <source>connection limit (%1) reached: closing idle connections that sent no request</source>
        <translation>达到连接上限（%1）：关闭未发送请求的空闲连接</translation>
    </message>
    <message>
        <source>connection limit (%1) reached: closing connections that do not read their output</source>
        <translation>达到连接上限（%1）：关闭不读取输出的连接</translation>
    </message>
    <message>
        <source>too many open files (EMFILE)</source>
        <translation>打开的文件过多（EMFILE）</translation>
    </message>
    <message>
        <source>too many open files in the system (ENFILE)</source>
        <translation>系统中打开的文件过多（ENFILE）</translation>
    </message>
    <message>
        <source>accept failed: %1</source>
        <translation>接受连接失败：%1</translation>
    </message>
    <message>
        <source>server error %1</source>
        <translation>服务器错误 %1</translation>
    </message>
    <message>
        <source>empty terminator spec (use "none" for no terminator)</source>
        <translation>终止符为空（不要终止符请写 "none"）</translation>
    </message>
    <message>
        <source>unknown or incomplete escape (allowed: \r \n \t \0 \\ \xHH)</source>
        <translation>未知或不完整的转义（可用：\r \n \t \0 \\ \xHH）</translation>
    </message>
    <message>
        <source>count:N needs a whole number of bytes</source>
        <translation>count:N 需要一个整数字节数</translation>
    </message>
    <message>
        <source>the number of bytes must not be negative</source>
        <translation>字节数不能为负</translation>
    </message>
    <message>
        <source>the byte count is too large</source>
        <translation>字节数过大</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>greeting（问候）</translation>
    </message>
    <message>
        <source>echo</source>
        <translation>echo（回显）</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat（聊天室）</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual（手动）</translation>
    </message>
    <message>
        <source>relay</source>
        <translation>中继</translation>
    </message>
    <message>
        <source>client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>server %1 connected</source>
        <translation>服务器 %1 已连接</translation>
    </message>
    <message>
        <source>client ended its stream (%1 bytes)</source>
        <translation>客户端结束了数据流（%1 字节）</translation>
    </message>
    <message>
        <source>server ended its stream (%1 bytes)</source>
        <translation>服务器结束了数据流（%1 字节）</translation>
    </message>
    <message>
        <source>passed the client's end of stream to the server</source>
        <translation>已将客户端的流结束转给服务器</translation>
    </message>
    <message>
        <source>passed the server's end of stream to the client</source>
        <translation>已将服务器的流结束转给客户端</translation>
    </message>
    <message>
        <source>client to server terminator is now %1</source>
        <translation>客户端到服务器方向的终止符现在是 %1</translation>
    </message>
    <message>
        <source>server to client terminator is now %1</source>
        <translation>服务器到客户端方向的终止符现在是 %1</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 被拒绝：%2</translation>
    </message>
    <message>
        <source>The certificate is self-signed, and untrusted</source>
        <translation>证书是自签名的，不受信任</translation>
    </message>
    <message>
        <source>The root certificate of the certificate chain is self-signed, and untrusted</source>
        <translation>证书链的根证书是自签名的，不受信任</translation>
    </message>
    <message>
        <source>The host name did not match any of the valid hosts for this certificate</source>
        <translation>主机名与此证书的任何有效主机都不匹配</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>证书已过期</translation>
    </message>
    <message>
        <source>The certificate is not yet valid</source>
        <translation>证书尚未生效</translation>
    </message>
    <message>
        <source>The issuer certificate of a locally looked up certificate could not be found</source>
        <translation>找不到本地查到的证书的颁发者证书</translation>
    </message>
    <message>
        <source>No certificates could be verified</source>
        <translation>没有可以验证的证书</translation>
    </message>
    <message>
        <source>The root CA certificate is not trusted for this purpose</source>
        <translation>根 CA 证书不被信任用于此用途</translation>
    </message>
    <message>
        <source>The certificate has been revoked</source>
        <translation>证书已被吊销</translation>
    </message>
    <message>
        <source>The supplied certificate is unsuitable for this purpose</source>
        <translation>所提供的证书不适用于此用途</translation>
    </message>
    <message>
        <source>The peer did not present any certificate</source>
        <translation>对端没有出示任何证书</translation>
    </message>
    <message>
        <source>another check failed</source>
        <translation>另一项检查未通过</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between certificate checks</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>certificate refused: %1</source>
        <translation>证书被拒绝：%1</translation>
    </message>
    <message>
        <source>certificate refused: its SHA-256 fingerprint %1 is not the accepted one (%2)</source>
        <translation>证书被拒绝：其 SHA-256 指纹 %1 不是已接受的那个（%2）</translation>
    </message>
    <message>
        <source>certificate refused: %1 (SHA-256 fingerprint %2; to trust exactly this certificate: --accept-fingerprint %3)</source>
        <translation>证书被拒绝：%1（SHA-256 指纹 %2；若要只信任这一个证书：--accept-fingerprint %3）</translation>
    </message>
    <message>
        <source>terminator %1 is larger than the maximum frame (%2 bytes)</source>
        <translation>终止符 %1 大于最大帧（%2 字节）</translation>
    </message>
    <message>
        <source>a change point must not be negative (%1)</source>
        <translation>更改点不能为负数（%1）</translation>
    </message>
    <message>
        <source>read sizes must be at least 1 byte (%1)</source>
        <translation>每次读取的大小至少为 1 字节（%1）</translation>
    </message>
    <message>
        <source>"%1" is not BYTES:SPEC (BYTES: a number of bytes from 0, as in 12:count:5)</source>
        <translation>“%1”不是 BYTES:SPEC（BYTES：从 0 起的字节数，例如 12:count:5）</translation>
    </message>
    <message>
        <source>bad terminator "%1": %2</source>
        <translation>错误的终止符“%1”：%2</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>不是 JSON：%1，位于偏移 %2</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>文件必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>expected a whole number from %1</source>
        <translation>应为不小于 %1 的整数</translation>
    </message>
    <message>
        <source>expected a terminator spec string</source>
        <translation>应为终止符规格字符串</translation>
    </message>
    <message>
        <source>give %1 or %2, not both</source>
        <translation>请给出 %1 或 %2，不能两者都给</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 必须是字符串</translation>
    </message>
    <message>
        <source>%1 has a character that is not a hex digit</source>
        <translation>%1 含有非十六进制数字的字符</translation>
    </message>
    <message>
        <source>%1 has an odd number of hex digits</source>
        <translation>%1 的十六进制数字个数为奇数</translation>
    </message>
    <message>
        <source>%1 has a bad escape (allowed: \r \n \t \0 \\ \xHH)</source>
        <translation>%1 含有错误的转义（允许：\r \n \t \0 \\ \xHH）</translation>
    </message>
    <message>
        <source>expected a list of read sizes, like [3, 1]</source>
        <translation>应为读取大小的列表，例如 [3, 1]</translation>
    </message>
    <message>
        <source>expected a list of specs, like ["\\r\\n", "count:5"]</source>
        <translation>应为规格的列表，例如 ["\\r\\n", "count:5"]</translation>
    </message>
    <message>
        <source>expected [BYTES, "SPEC"]</source>
        <translation>应为 [BYTES, "SPEC"]</translation>
    </message>
    <message>
        <source>expected a list of [BYTES, "SPEC"] pairs</source>
        <translation>应为 [BYTES, "SPEC"] 对的列表</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected a list of frames, like [{"data_hex": "6869"}]</source>
        <translation>应为帧的列表，例如 [{"data_hex": "6869"}]</translation>
    </message>
    <message>
        <source>expected an object with data_hex</source>
        <translation>应为带有 data_hex 的对象</translation>
    </message>
    <message>
        <source>expected an object with frames, pending_hex, held_back_hex, terminator</source>
        <translation>应为带有 frames、pending_hex、held_back_hex、terminator 的对象</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a place in a file: what is wrong</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>"%1%2" (%3 bytes)</source>
        <translation>“%1%2”（%3 字节）</translation>
    </message>
    <message>
        <source>frames: expected %1, got %2</source>
        <translation>帧数：应为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>frame %1: expected %2, got %3</source>
        <translation>第 %1 帧：应为 %2，实际为 %3</translation>
    </message>
    <message>
        <source>frame %1 terminator: expected %2, got %3</source>
        <translation>第 %1 帧的终止符：应为 %2，实际为 %3</translation>
    </message>
    <message>
        <source>frame %1: expected %2, missing</source>
        <translation>第 %1 帧：应为 %2，实际缺失</translation>
    </message>
    <message>
        <source>frame %1: not expected, got %2</source>
        <translation>第 %1 帧：不应出现，实际为 %2</translation>
    </message>
    <message>
        <source>pending: expected %1, got %2</source>
        <translation>待处理：应为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>held back: expected %1, got %2</source>
        <translation>保留：应为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>terminator at the end: expected %1, got %2</source>
        <translation>结束时的终止符：应为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>frame too long: expected %1, got %2</source>
        <translation>帧过长：应为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
</TS>