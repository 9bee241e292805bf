<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>LabLessons</name>
    <message>
        <source>the input has a bad escape</source>
        <translation>the input has a bad escape</translation>
    </message>
    <message>
        <source>1. A terminator split across reads</source>
        <translation>1. A terminator split across reads</translation>
    </message>
    <message>
        <source>TCP delivers bytes, not messages: a read may end anywhere, even between the \r and the \n of a line end.

Step by read. Read 1 ends in \r: the framer cannot know yet whether \n follows, so it holds the \r back. Read 2 brings the \n: the terminator is found across the two reads, and foundTerminator() is called once.

The script here is \n, so the \r stays in the frames.</source>
        <translation>TCP delivers bytes, not messages: a read may end anywhere, even between the \r and the \n of a line end.

Step by read. Read 1 ends in \r: the framer cannot know yet whether \n follows, so it holds the \r back. Read 2 brings the \n: the terminator is found across the two reads, and foundTerminator() is called once.

The script here is \n, so the \r stays in the frames.</translation>
    </message>
    <message>
        <source>Change the terminator script so that the frames are PING and PONG, without \r, whatever the reads. Then press Check.</source>
        <translation>Change the terminator script so that the frames are PING and PONG, without \r, whatever the reads. Then press Check.</translation>
    </message>
    <message>
        <source>2. The held-back prefix</source>
        <translation>2. The held-back prefix</translation>
    </message>
    <message>
        <source>SMTP ends a message with \r\n.\r\n. Bytes that may be the start of the terminator are never given to collectIncomingData(): they are held back until a later read shows whether the terminator follows.

Step by event with 1-byte reads and watch the orange bytes: \r, then \r\n, then \r\n. wait at the end of each read; a byte that breaks the pattern releases them into the frame.</source>
        <translation>SMTP ends a message with \r\n.\r\n. Bytes that may be the start of the terminator are never given to collectIncomingData(): they are held back until a later read shows whether the terminator follows.

Step by event with 1-byte reads and watch the orange bytes: \r, then \r\n, then \r\n. wait at the end of each read; a byte that breaks the pattern releases them into the frame.</translation>
    </message>
    <message>
        <source>Write the script for this SMTP exchange: the command DATA ends with \r\n, the message with \r\n.\r\n. At the end, Hi must still be collected and \r\n.\r held back.</source>
        <translation>Write the script for this SMTP exchange: the command DATA ends with \r\n, the message with \r\n.\r\n. At the end, Hi must still be collected and \r\n.\r held back.</translation>
    </message>
    <message>
        <source>3. A line, then a byte count</source>
        <translation>3. A line, then a byte count</translation>
    </message>
    <message>
        <source>Many protocols send a header line with a length, then exactly that many bytes (RESP, HTTP bodies, netstrings). The handler sets a count terminator inside foundTerminator() for the header, and a line terminator again after the body.

A count counts only bytes that arrive after it is set: the body may contain \r\n without ending the frame. (A real handler computes the count from the header; the lab's script writes it out.)</source>
        <translation>Many protocols send a header line with a length, then exactly that many bytes (RESP, HTTP bodies, netstrings). The handler sets a count terminator inside foundTerminator() for the header, and a line terminator again after the body.

A count counts only bytes that arrive after it is set: the body may contain \r\n without ending the frame. (A real handler computes the count from the header; the lab's script writes it out.)</translation>
    </message>
    <message>
        <source>Write the script so that the frames are 5, hello, 12 and hello, world (the second body contains a comma and a space).</source>
        <translation>Write the script so that the frames are 5, hello, 12 and hello, world (the second body contains a comma and a space).</translation>
    </message>
    <message>
        <source>4. The seed's overwrite bug and slow clients</source>
        <translation>4. The seed's overwrite bug and slow clients</translation>
    </message>
    <message>
        <source>The seed's handler wrote self.data = data in collect_incoming_data() instead of self.data += data. A fast client sends a line in one read: collectIncomingData() is called once per frame and the bug is invisible.

Here the client is slow (1 byte per read) and the mistake is switched on. Step by event: every call replaces the buffer, and the frame is only the last byte. Run the invariance check: it shows the first chunking that gives other frames than one read.</source>
        <translation>The seed's handler wrote self.data = data in collect_incoming_data() instead of self.data += data. A fast client sends a line in one read: collectIncomingData() is called once per frame and the bug is invisible.

Here the client is slow (1 byte per read) and the mistake is switched on. Step by event: every call replaces the buffer, and the frame is only the last byte. Run the invariance check: it shows the first chunking that gives other frames than one read.</translation>
    </message>
    <message>
        <source>Make the slow client's frame HELLO WORLD again: fix the handler (switch the mistake off).</source>
        <translation>Make the slow client's frame HELLO WORLD again: fix the handler (switch the mistake off).</translation>
    </message>
    <message>
        <source>5. Framing an HTTP request head</source>
        <translation>5. Framing an HTTP request head</translation>
    </message>
    <message>
        <source>The seed's server reads a request head: lines ending in \r\n, then an empty line. With \r\n as the terminator each line is a frame and the empty line is an empty frame; the handler must count lines.

With \r\n\r\n the whole head is one frame. Step with 1-byte reads and watch the held-back prefix grow: \r, \r\n, \r\n\r, then the match.</source>
        <translation>The seed's server reads a request head: lines ending in \r\n, then an empty line. With \r\n as the terminator each line is a frame and the empty line is an empty frame; the handler must count lines.

With \r\n\r\n the whole head is one frame. Step with 1-byte reads and watch the held-back prefix grow: \r, \r\n, \r\n\r, then the match.</translation>
    </message>
    <message>
        <source>Frame the whole request head as one frame (without the final empty line).</source>
        <translation>Frame the whole request head as one frame (without the final empty line).</translation>
    </message>
</context>
<context>
    <name>LabScript</name>
    <message>
        <source>no quotes around entries: write \r\n, not "\r\n" (a quote byte is \x22)</source>
        <translation>no quotes around entries: write \r\n, not "\r\n" (a quote byte is \x22)</translation>
    </message>
    <message>
        <source>a count is written count:N, in lower case (for example count:5)</source>
        <translation>a count is written count:N, in lower case (for example count:5)</translation>
    </message>
    <message>
        <source>no terminator is written none, in lower case</source>
        <translation>no terminator is written none, in lower case</translation>
    </message>
    <message>
        <source>"count:" is run into other bytes: separate the entries with a space (\r\n count:4)</source>
        <translation>"count:" is run into other bytes: separate the entries with a space (\r\n count:4)</translation>
    </message>
    <message>
        <source>"none" is run into other bytes: separate the entries with a space</source>
        <translation>"none" is run into other bytes: separate the entries with a space</translation>
    </message>
    <message>
        <source>empty entry</source>
        <translation>empty entry</translation>
    </message>
    <message>
        <source>unknown or incomplete escape (allowed: \r \n \t \0 \\ \xHH)</source>
        <translation>unknown or incomplete escape (allowed: \r \n \t \0 \\ \xHH)</translation>
    </message>
    <message>
        <source>count:N needs a whole number</source>
        <translation>count:N needs a whole number</translation>
    </message>
    <message>
        <source>a count must not be negative</source>
        <translation>a count must not be negative</translation>
    </message>
    <message>
        <source>the count is too large</source>
        <translation>the count is too large</translation>
    </message>
    <message>
        <source>enter at least one terminator (none for no terminator)</source>
        <translation>enter at least one terminator (none for no terminator)</translation>
    </message>
    <message>
        <source>live change "%1": write BYTES:SPEC, for example 12:count:5</source>
        <translation>live change "%1": write BYTES:SPEC, for example 12:count:5</translation>
    </message>
    <message>
        <source>the read size is a whole number from 1</source>
        <translation>the read size is a whole number from 1</translation>
    </message>
    <message>
        <source>read sizes are whole numbers from 1, separated by commas (3,1,5)</source>
        <translation>read sizes are whole numbers from 1, separated by commas (3,1,5)</translation>
    </message>
    <message>
        <source>the seed is a whole number</source>
        <translation>the seed is a whole number</translation>
    </message>
    <message>
        <source>HTTP request head (the seed's request)</source>
        <translation>HTTP request head (the seed's request)</translation>
    </message>
    <message>
        <source>Line protocol (\r\n)</source>
        <translation>Line protocol (\r\n)</translation>
    </message>
    <message>
        <source>RESP bulk string ($5\r\nhello\r\n)</source>
        <translation>RESP bulk string ($5\r\nhello\r\n)</translation>
    </message>
    <message>
        <source>Netstring (5:hello,)</source>
        <translation>Netstring (5:hello,)</translation>
    </message>
    <message>
        <source>Length header, then count:N</source>
        <translation>Length header, then count:N</translation>
    </message>
    <message>
        <source>live change "%1": %2</source>
        <translation>live change "%1": %2</translation>
    </message>
</context>
<context>
    <name>LabStepper</name>
    <message>
        <source>The terminator is none: everything is collected, no frame ends.</source>
        <translation>The terminator is none: everything is collected, no frame ends.</translation>
    </message>
    <message>
        <source>The count %1 is reached.</source>
        <translation>The count %1 is reached.</translation>
    </message>
    <message>
        <source>The handler sets the next terminator: %1.</source>
        <translation>The handler sets the next terminator: %1.</translation>
    </message>
    <message>
        <source>Nothing re-armed the count: the terminator is now none.</source>
        <translation>Nothing re-armed the count: the terminator is now none.</translation>
    </message>
    <message>
        <source>After %1 bytes the terminator is set to %2 from outside a callback (a live change, between two reads). Collected bytes stay collected; held-back bytes are searched again under the new terminator with the next read.</source>
        <translation>After %1 bytes the terminator is set to %2 from outside a callback (a live change, between two reads). Collected bytes stay collected; held-back bytes are searched again under the new terminator with the next read.</translation>
    </message>
    <message>
        <source>Frame %1 passed the maximum frame size: framing stops (a server closes the connection).</source>
        <translation>Frame %1 passed the maximum frame size: framing stops (a server closes the connection).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message numerus="yes">
        <source>Read %1 brings %n byte(s) at %2: %3.</source>
        <translation>
            <numerusform>Read %1 brings %n byte at %2: %3.</numerusform>
            <numerusform>Read %1 brings %n bytes at %2: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n byte(s) held back after the last read come first: the framer searches %1.</source>
        <translation>
            <numerusform>The byte held back after the last read comes first: the framer searches %1.</numerusform>
            <numerusform>The %n bytes held back after the last read come first: the framer searches %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>collectIncomingData() receives %1 (%n byte(s), at %2) for frame %3.</source>
        <translation>
            <numerusform>collectIncomingData() receives %1 (%n byte, at %2) for frame %3.</numerusform>
            <numerusform>collectIncomingData() receives %1 (%n bytes, at %2) for frame %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The count wants %n more byte(s).</source>
        <translation>
            <numerusform>The count wants %n more byte.</numerusform>
            <numerusform>The count wants %n more bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search for %1 looked at %2 and matched at %3.</source>
        <translation>The search for %1 looked at %2 and matched at %3.</translation>
    </message>
    <message numerus="yes">
        <source>foundTerminator(): frame %1 = %2 (%n byte(s)).</source>
        <translation>
            <numerusform>foundTerminator(): frame %1 = %2 (%n byte).</numerusform>
            <numerusform>foundTerminator(): frame %1 = %2 (%n bytes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No %1 at %2. The last %n byte(s) %3 are the start of %1: they are held back, not delivered, until the next read shows what follows.</source>
        <translation>
            <numerusform>No %1 at %2. The last byte %3 is the start of %1: it is held back, not delivered, until the next read shows what follows.</numerusform>
            <numerusform>No %1 at %2. The last %n bytes %3 are the start of %1: they are held back, not delivered, until the next read shows what follows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Now: %n frame(s); collected (pending): %1; held back: %2; terminator: %3.</source>
        <translation>
            <numerusform>Now: %n frame; collected (pending): %1; held back: %2; terminator: %3.</numerusform>
            <numerusform>Now: %n frames; collected (pending): %1; held back: %2; terminator: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acw::ByteCopy</name>
    <message>
        <source>Copy bytes as &amp;hex</source>
        <translation>Copy bytes as &amp;hex</translation>
    </message>
    <message>
        <source>Copy bytes as &amp;C string</source>
        <translation>Copy bytes as &amp;C string</translation>
    </message>
    <message>
        <source>Copy bytes as &amp;Python bytes</source>
        <translation>Copy bytes as &amp;Python bytes</translation>
    </message>
</context>
<context>
    <name>acw::ClientPanel</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Terminator:</source>
        <translation>Terminator:</translation>
    </message>
    <message>
        <source>Connecting to %1:%2…</source>
        <translation>Connecting to %1:%2…</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>CA file (PEM), besides the system's</source>
        <translation>CA file (PEM), besides the system's</translation>
    </message>
    <message>
        <source>CA certificate (PEM)</source>
        <translation>CA certificate (PEM)</translation>
    </message>
    <message>
        <source>Accept for this connection</source>
        <translation>Accept for this connection</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Talk TLS from the connect on, verifying the server against the system's CAs and the CA file. Unchecked: plain TCP, which the inspector's STARTTLS can upgrade later.</source>
        <translation>Talk TLS from the connect on, verifying the server against the system's CAs and the CA file. Unchecked: plain TCP, which the inspector's STARTTLS can upgrade later.</translation>
    </message>
    <message>
        <source>Also trust this CA (or self-signed certificate), for TLS and STARTTLS</source>
        <translation>Also trust this CA (or self-signed certificate), for TLS and STARTTLS</translation>
    </message>
    <message>
        <source>CA:</source>
        <translation>CA:</translation>
    </message>
    <message>
        <source>Connecting to %1:%2 with TLS…</source>
        <translation>Connecting to %1:%2 with TLS…</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Certificate not trusted&lt;/b&gt; — #%1 %2:%3 presented a certificate for %4 that the system's CAs%5 do not vouch for (self-signed, another name, or expired). The connection was refused.&lt;br&gt;SHA-256 fingerprint:&lt;br&gt;&lt;code&gt;%6&lt;/code&gt;&lt;br&gt;Accept it only if this is the server's own certificate: a new connection will trust exactly this certificate, this once.</source>
        <translation>&lt;b&gt;⚠ Certificate not trusted&lt;/b&gt; — #%1 %2:%3 presented a certificate for %4 that the system's CAs%5 do not vouch for (self-signed, another name, or expired). The connection was refused.&lt;br&gt;SHA-256 fingerprint:&lt;br&gt;&lt;code&gt;%6&lt;/code&gt;&lt;br&gt;Accept it only if this is the server's own certificate: a new connection will trust exactly this certificate, this once.</translation>
    </message>
    <message>
        <source> and %1</source>
        <translation> and %1</translation>
    </message>
    <message>
        <source>It was refused during STARTTLS: send the upgrade command again on the new connection, then STARTTLS.</source>
        <translation>It was refused during STARTTLS: send the upgrade command again on the new connection, then STARTTLS.</translation>
    </message>
    <message>
        <source>Certificate of %1:%2 not trusted: see the warning in the Client box</source>
        <translation>Certificate of %1:%2 not trusted: see the warning in the Client box</translation>
    </message>
    <message>
        <source>Connecting to %1:%2 again, trusting that certificate once…</source>
        <translation>Connecting to %1:%2 again, trusting that certificate once…</translation>
    </message>
</context>
<context>
    <name>acw::ConnectionModel</name>
    <message>
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>closing</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Closed in order</source>
        <translation>Closed in order</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Terminator</source>
        <translation>Terminator</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
</context>
<context>
    <name>acw::ConnectionsPanel</name>
    <message>
        <source>Filter by peer, profile, state, terminator…</source>
        <translation>Filter by peer, profile, state, terminator…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close all</source>
        <translation>Close all</translation>
    </message>
    <message>
        <source>Clear closed</source>
        <translation>Clear closed</translation>
    </message>
    <message>
        <source>%1 live, %2 closed</source>
        <translation>%1 live, %2 closed</translation>
    </message>
    <message numerus="yes">
        <source>Recording paused: more than %1 new connections a second. %n connection(s) served and counted but not listed.</source>
        <translation>
            <numerusform>Recording paused: more than %1 new connections a second. %n connection served and counted but not listed.</numerusform>
            <numerusform>Recording paused: more than %1 new connections a second. %n connections served and counted but not listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record every connection</source>
        <translation>Record every connection</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) served and counted but not listed (more than %1 new connections a second).</source>
        <translation><numerusform>%n connection served and counted but not listed (more than %1 new connections a second).</numerusform><numerusform>%n connections served and counted but not listed (more than %1 new connections a second).</numerusform></translation>
    </message>
</context>
<context>
    <name>acw::ConversationModel</name>
    <message numerus="yes">
        <source>(%n older segment(s) not shown)</source>
        <translation>
            <numerusform>(%n older segment not shown)</numerusform>
            <numerusform>(%n older segments not shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>◀ pushed, not sent: %n byte(s)</source>
        <translation>
            <numerusform>◀ pushed, not sent: %n byte</numerusform>
            <numerusform>◀ pushed, not sent: %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▶ received, read %1: %n byte(s) at %2</source>
        <translation>
            <numerusform>▶ received, read %1: %n byte at %2</numerusform>
            <numerusform>▶ received, read %1: %n bytes at %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>◀ sent, write %1: %n byte(s) at %2</source>
        <translation>
            <numerusform>◀ sent, write %1: %n byte at %2</numerusform>
            <numerusform>◀ sent, write %1: %n bytes at %2</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 of them captured)</source>
        <translation>(%1 of them captured)</translation>
    </message>
    <message>
        <source>⟧ end of frame %1</source>
        <translation>⟧ end of frame %1</translation>
    </message>
    <message>
        <source>⟦ push %1</source>
        <translation>⟦ push %1</translation>
    </message>
    <message numerus="yes">
        <source>🔒 TLS began here, after %n received byte(s): %1</source>
        <translation>
            <numerusform>🔒 TLS began here, after %n received byte: %1</numerusform>
            <numerusform>🔒 TLS began here, after %n received bytes: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▶ client → server, frame %1: %n byte(s)</source>
        <translation>
            <numerusform>▶ client → server, frame %1: %n byte</numerusform>
            <numerusform>▶ client → server, frame %1: %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>◀ server → client, frame %1: %n byte(s)</source>
        <translation>
            <numerusform>◀ server → client, frame %1: %n byte</numerusform>
            <numerusform>◀ server → client, frame %1: %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>(held by the intercept)</source>
        <translation>(held by the intercept)</translation>
    </message>
    <message>
        <source>⟧ the stream ended inside it</source>
        <translation>⟧ the stream ended inside it</translation>
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
        <translation>Text</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Escaped</source>
        <translation>Escaped</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>View:</translation>
    </message>
    <message>
        <source>No connection selected.</source>
        <translation>No connection selected.</translation>
    </message>
    <message>
        <source>Nothing received or sent yet.</source>
        <translation>Nothing received or sent yet.</translation>
    </message>
    <message>
        <source>Received %1, sent %2.</source>
        <translation>Received %1, sent %2.</translation>
    </message>
    <message>
        <source>Save the received bytes</source>
        <translation>Save the received bytes</translation>
    </message>
    <message>
        <source>Save the sent bytes</source>
        <translation>Save the sent bytes</translation>
    </message>
    <message>
        <source>Bytes written to %1</source>
        <translation>Bytes written to %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Relayed pair: %1 frame(s) client → server, %2 server → client.</source>
        <translation>Relayed pair: %1 frame(s) client → server, %2 server → client.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Conversation as &amp;text…</source>
        <translation>Conversation as &amp;text…</translation>
    </message>
    <message>
        <source>Both directions in time order, with their times, in one readable file</source>
        <translation>Both directions in time order, with their times, in one readable file</translation>
    </message>
    <message>
        <source>Conversation as &amp;JSON Lines…</source>
        <translation>Conversation as &amp;JSON Lines…</translation>
    </message>
    <message>
        <source>&amp;Received bytes (raw)…</source>
        <translation>&amp;Received bytes (raw)…</translation>
    </message>
    <message>
        <source>&amp;Sent bytes (raw)…</source>
        <translation>&amp;Sent bytes (raw)…</translation>
    </message>
    <message>
        <source>Save the conversation (both directions, as text or JSON Lines), or the bytes of one direction exactly as they were</source>
        <translation>Save the conversation (both directions, as text or JSON Lines), or the bytes of one direction exactly as they were</translation>
    </message>
    <message>
        <source>&amp;Client → server bytes (raw)…</source>
        <translation>&amp;Client → server bytes (raw)…</translation>
    </message>
    <message>
        <source>S&amp;erver → client bytes (raw)…</source>
        <translation>S&amp;erver → client bytes (raw)…</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <source>escaped</source>
        <translation>escaped</translation>
    </message>
    <message>
        <source>text (%1)</source>
        <translation>text (%1)</translation>
    </message>
    <message>
        <source># Conversation of connection #%1 (%2, %3)</source>
        <translation># Conversation of connection #%1 (%2, %3)</translation>
    </message>
    <message>
        <source># Opened %1</source>
        <translation># Opened %1</translation>
    </message>
    <message>
        <source># ▶ received from the peer, ◀ sent to the peer; times are local (%1); bytes as %2</source>
        <translation># ▶ received from the peer, ◀ sent to the peer; times are local (%1); bytes as %2</translation>
    </message>
    <message numerus="yes">
        <source># Received %1 in %n read(s),</source>
        <translation>
            <numerusform># Received %1 in %n read,</numerusform>
            <numerusform># Received %1 in %n reads,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %1 in %n write(s).</source>
        <translation>
            <numerusform>sent %1 in %n write.</numerusform>
            <numerusform>sent %1 in %n writes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the conversation</source>
        <translation>Save the conversation</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;All files (*)</translation>
    </message>
    <message>
        <source>Text (*.txt);;All files (*)</source>
        <translation>Text (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Conversation written to %1</source>
        <translation>Conversation written to %1</translation>
    </message>
</context>
<context>
    <name>acw::FileField</name>
    <message>
        <source>PEM files (*.pem *.crt *.key *.cer);;All files (*)</source>
        <translation>PEM files (*.pem *.crt *.key *.cer);;All files (*)</translation>
    </message>
</context>
<context>
    <name>acw::FrameListModel</name>
    <message>
        <source>(not captured)</source>
        <translation>(not captured)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Terminator</source>
        <translation>Terminator</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>acw::FramingLab</name>
    <message>
        <source>Text with escapes</source>
        <translation>Text with escapes</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Terminator</source>
        <translation>Terminator</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Terminator script:</source>
        <translation>Terminator script:</translation>
    </message>
    <message>
        <source>Max frame:</source>
        <translation>Max frame:</translation>
    </message>
    <message>
        <source>Bytes to frame:</source>
        <translation>Bytes to frame:</translation>
    </message>
    <message>
        <source>The input has a bad escape or hex digit.</source>
        <translation>The input has a bad escape or hex digit.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>collected: %1</source>
        <translation>collected: %1</translation>
    </message>
    <message>
        <source>held back: %1</source>
        <translation>held back: %1</translation>
    </message>
    <message>
        <source>terminator: %1</source>
        <translation>terminator: %1</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>New seed</translation>
    </message>
    <message>
        <source>Handler mistake: collectIncomingData() overwrites instead of appending</source>
        <translation>Handler mistake: collectIncomingData() overwrites instead of appending</translation>
    </message>
    <message>
        <source>Terminators for frame 1, 2, …, separated by spaces or commas; the last one is set again after every frame. Each entry: escaped bytes (\r \n \t \0 \\ \xHH; a space is \x20), count:N or none. Example: \r\n count:5</source>
        <translation>Terminators for frame 1, 2, …, separated by spaces or commas; the last one is set again after every frame. Each entry: escaped bytes (\r \n \t \0 \\ \xHH; a space is \x20), count:N or none. Example: \r\n count:5</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Presets…</translation>
    </message>
    <message>
        <source>All at once</source>
        <translation>All at once</translation>
    </message>
    <message>
        <source>Fixed size N</source>
        <translation>Fixed size N</translation>
    </message>
    <message>
        <source>Explicit list</source>
        <translation>Explicit list</translation>
    </message>
    <message>
        <source>Random (seed)</source>
        <translation>Random (seed)</translation>
    </message>
    <message>
        <source>1 byte at a time</source>
        <translation>1 byte at a time</translation>
    </message>
    <message>
        <source>none; e.g. 12:count:5 sets count:5 after 12 bytes</source>
        <translation>none; e.g. 12:count:5 sets count:5 after 12 bytes</translation>
    </message>
    <message>
        <source>Terminators set from outside a callback once BYTES bytes were read (the window's live change): BYTES:SPEC, comma separated</source>
        <translation>Terminators set from outside a callback once BYTES bytes were read (the window's live change): BYTES:SPEC, comma separated</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <source>Open case…</source>
        <translation>Open case…</translation>
    </message>
    <message>
        <source>Export case…</source>
        <translation>Export case…</translation>
    </message>
    <message>
        <source>No lesson</source>
        <translation>No lesson</translation>
    </message>
    <message>
        <source>Lesson:</source>
        <translation>Lesson:</translation>
    </message>
    <message>
        <source>Reads:</source>
        <translation>Reads:</translation>
    </message>
    <message>
        <source>Live changes:</source>
        <translation>Live changes:</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>First step</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Step back</translation>
    </message>
    <message>
        <source>Jump to a step</source>
        <translation>Jump to a step</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>Step forward</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Last step</translation>
    </message>
    <message>
        <source>by event</source>
        <translation>by event</translation>
    </message>
    <message>
        <source>by read</source>
        <translation>by read</translation>
    </message>
    <message>
        <source>Reads are shaded in turn; a red bar ends a frame; blue bytes are consumed terminators; orange is held back; yellow is this step; underlined is where the search looked; grey is not read yet.</source>
        <translation>Reads are shaded in turn; a red bar ends a frame; blue bytes are consumed terminators; orange is held back; yellow is this step; underlined is where the search looked; grey is not read yet.</translation>
    </message>
    <message>
        <source>Check chunking invariance</source>
        <translation>Check chunking invariance</translation>
    </message>
    <message>
        <source>Frame the stream under every 2-way split, every 3-way split (short streams), 1-byte reads and random reads, and compare with one read</source>
        <translation>Frame the stream under every 2-way split, every 3-way split (short streams), 1-byte reads and random reads, and compare with one read</translation>
    </message>
    <message>
        <source>random ×</source>
        <translation>random ×</translation>
    </message>
    <message>
        <source>Check exercise</source>
        <translation>Check exercise</translation>
    </message>
    <message>
        <source>Close lesson</source>
        <translation>Close lesson</translation>
    </message>
    <message>
        <source>N bytes per read</source>
        <translation>N bytes per read</translation>
    </message>
    <message>
        <source>3,1,5 (used in turn)</source>
        <translation>3,1,5 (used in turn)</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>not a case file: %1</source>
        <translation>not a case file: %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Terminator script: %1</source>
        <translation>Terminator script: %1</translation>
    </message>
    <message>
        <source>Reads: %1</source>
        <translation>Reads: %1</translation>
    </message>
    <message>
        <source>Exported to %1. Replay it with: asynchat-workbench frame --expect %1</source>
        <translation>Exported to %1. Replay it with: asynchat-workbench frame --expect %1</translation>
    </message>
    <message>
        <source>Open a stream</source>
        <translation>Open a stream</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>Open a case</translation>
    </message>
    <message>
        <source>Case files (*.json)</source>
        <translation>Case files (*.json)</translation>
    </message>
    <message>
        <source>Export the case</source>
        <translation>Export the case</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Cannot export to %1: %2</translation>
    </message>
    <message>
        <source>Exercise:</source>
        <translation>Exercise:</translation>
    </message>
    <message>
        <source>Solved: the frames and the end state are as expected.</source>
        <translation>Solved: the frames and the end state are as expected.</translation>
    </message>
    <message>
        <source>Not yet:</source>
        <translation>Not yet:</translation>
    </message>
    <message>
        <source>Entry "%1" (at character %2): %3</source>
        <translation>Entry "%1" (at character %2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reads</source>
        <translation>
            <numerusform>%n read</numerusform>
            <numerusform>%n reads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frames</source>
        <translation>
            <numerusform>%n frame</numerusform>
            <numerusform>%n frames</numerusform>
        </translation>
    </message>
    <message>
        <source>Still collected: %1. Held back: %2. Waiting for: %3.</source>
        <translation>Still collected: %1. Held back: %2. Waiting for: %3.</translation>
    </message>
    <message>
        <source>A frame passed the maximum (%1 bytes so far): framing stopped.</source>
        <translation>A frame passed the maximum (%1 bytes so far): framing stopped.</translation>
    </message>
    <message>
        <source>The stepper shows the first %1 events.</source>
        <translation>The stepper shows the first %1 events.</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>Invariant: %n chunkings (random seed %1) give the same frames and end state as one read.</source>
        <translation>
            <numerusform>Invariant: %n chunking (random seed %1) gives the same frames and end state as one read.</numerusform>
            <numerusform>Invariant: %n chunkings (random seed %1) give the same frames and end state as one read.</numerusform>
        </translation>
    </message>
    <message>
        <source>frame %1 differs</source>
        <translation>frame %1 differs</translation>
    </message>
    <message>
        <source>the frames agree, the end state differs</source>
        <translation>the frames agree, the end state differs</translation>
    </message>
    <message>
        <source>Not invariant: reads %1 (%2) give other results than one read: %3.</source>
        <translation>Not invariant: reads %1 (%2) give other results than one read: %3.</translation>
    </message>
    <message>
        <source>One read:</source>
        <translation>One read:</translation>
    </message>
    <message>
        <source>Reads %1:</source>
        <translation>Reads %1:</translation>
    </message>
    <message>
        <source>one read</source>
        <translation>one read</translation>
    </message>
    <message numerus="yes">
        <source>split in %n</source>
        <translation>
            <numerusform>split in %n</numerusform>
            <numerusform>split in %n</numerusform>
        </translation>
    </message>
    <message>
        <source>random #%1, seed %2</source>
        <translation>random #%1, seed %2</translation>
    </message>
</context>
<context>
    <name>acw::GuideDialog</name>
    <message>
        <source>asynchat in 5 minutes</source>
        <translation>asynchat in 5 minutes</translation>
    </message>
    <message>
        <source>&lt;h2&gt;asynchat in 5 minutes&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;asynchat in 5 minutes&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;TCP is a stream, not a list of messages.&lt;/b&gt; One send on one side can arrive as three reads on the other, and three sends can arrive as one. Each read is a &lt;i&gt;chunk&lt;/i&gt;; the Input tab marks where every chunk started with ┊.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;TCP is a stream, not a list of messages.&lt;/b&gt; One send on one side can arrive as three reads on the other, and three sends can arrive as one. Each read is a &lt;i&gt;chunk&lt;/i&gt;; the Input tab marks where every chunk started with ┊.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;A terminator says where a message ends.&lt;/b&gt; asynchat's channel collects the bytes it reads (&lt;code&gt;collect_incoming_data&lt;/code&gt;) until it sees the terminator, then calls &lt;code&gt;found_terminator()&lt;/code&gt;: one &lt;i&gt;frame&lt;/i&gt;. A terminator is a byte string such as &lt;code&gt;\r\n&lt;/code&gt;, a count such as &lt;code&gt;count:16&lt;/code&gt; (the next 16 bytes, whatever they are), or &lt;code&gt;none&lt;/code&gt; (a plain stream).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;A terminator says where a message ends.&lt;/b&gt; asynchat's channel collects the bytes it reads (&lt;code&gt;collect_incoming_data&lt;/code&gt;) until it sees the terminator, then calls &lt;code&gt;found_terminator()&lt;/code&gt;: one &lt;i&gt;frame&lt;/i&gt;. A terminator is a byte string such as &lt;code&gt;\r\n&lt;/code&gt;, a count such as &lt;code&gt;count:16&lt;/code&gt; (the next 16 bytes, whatever they are), or &lt;code&gt;none&lt;/code&gt; (a plain stream).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;A terminator can be cut in half by the network.&lt;/b&gt; If a read ends with &lt;code&gt;\r&lt;/code&gt; while the terminator is &lt;code&gt;\r\n&lt;/code&gt;, the channel cannot know yet: it &lt;i&gt;holds back&lt;/i&gt; that prefix and decides at the next read. The Input tab shows held-back bytes in red and collected, not yet framed bytes in yellow.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;A terminator can be cut in half by the network.&lt;/b&gt; If a read ends with &lt;code&gt;\r&lt;/code&gt; while the terminator is &lt;code&gt;\r\n&lt;/code&gt;, the channel cannot know yet: it &lt;i&gt;holds back&lt;/i&gt; that prefix and decides at the next read. The Input tab shows held-back bytes in red and collected, not yet framed bytes in yellow.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The terminator can change after every frame.&lt;/b&gt; An HTTP server reads the request line and headers with &lt;code&gt;\r\n&lt;/code&gt;, then switches to &lt;code&gt;count:N&lt;/code&gt; for a body of N bytes. The new terminator applies to the bytes that arrive next; bytes already collected stay collected. A count is used once: when it is reached, the terminator becomes &lt;code&gt;none&lt;/code&gt;, as in asynchat (the Terminator tab can re-arm it after every frame instead). Change it live in the Terminator tab: the preview shows what the engine will do.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;The terminator can change after every frame.&lt;/b&gt; An HTTP server reads the request line and headers with &lt;code&gt;\r\n&lt;/code&gt;, then switches to &lt;code&gt;count:N&lt;/code&gt; for a body of N bytes. The new terminator applies to the bytes that arrive next; bytes already collected stay collected. A count is used once: when it is reached, the terminator becomes &lt;code&gt;none&lt;/code&gt;, as in asynchat (the Terminator tab can re-arm it after every frame instead). Change it live in the Terminator tab: the preview shows what the engine will do.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Output is a queue.&lt;/b&gt; &lt;code&gt;push()&lt;/code&gt; appends data to the channel's queue and the channel writes it when the socket can take it; &lt;code&gt;close_when_done()&lt;/code&gt; adds a marker that closes the channel once everything before it has been sent. The Output tab lists every push and every write the kernel took, also after the connection has closed, and, while it is open, the queue and what the socket still buffers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Output is a queue.&lt;/b&gt; &lt;code&gt;push()&lt;/code&gt; appends data to the channel's queue and the channel writes it when the socket can take it; &lt;code&gt;close_when_done()&lt;/code&gt; adds a marker that closes the channel once everything before it has been sent. The Output tab lists every push and every write the kernel took, also after the connection has closed, and, while it is open, the queue and what the socket still buffers.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Both directions at once.&lt;/b&gt; The Conversation tab shows what the peer sent and what went back, read by read and write by write, in the order they happened, with frame ends and pushes marked; it saves either direction's bytes to a file. View &amp;gt; Text encoding chooses how bytes read as text (UTF-8, GB18030/GBK or Latin-1) in every view; bytes that do not decode show as &lt;code&gt;\xHH&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Both directions at once.&lt;/b&gt; The Conversation tab shows what the peer sent and what went back, read by read and write by write, in the order they happened, with frame ends and pushes marked; it saves either direction's bytes to a file. View &amp;gt; Text encoding chooses how bytes read as text (UTF-8, GB18030/GBK or Latin-1) in every view; bytes that do not decode show as &lt;code&gt;\xHH&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Try it.&lt;/b&gt; Start the greeting server (port 8888), open &lt;code&gt;http://127.0.0.1:8888/kongxx&lt;/code&gt; in a browser, and select the new connection: the request line is the first frame, and the Output tab keeps the reply. Start an echo server (terminator &lt;code&gt;\r\n&lt;/code&gt;), connect with &lt;code&gt;nc -C 127.0.0.1 9000&lt;/code&gt; (&lt;code&gt;-C&lt;/code&gt; ends lines with &lt;code&gt;\r\n&lt;/code&gt;), type lines, change the terminator live and push bytes back by hand. The Framing Lab frames pasted bytes read by read, without any network.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Try it.&lt;/b&gt; Start the greeting server (port 8888), open &lt;code&gt;http://127.0.0.1:8888/kongxx&lt;/code&gt; in a browser, and select the new connection: the request line is the first frame, and the Output tab keeps the reply. Start an echo server (terminator &lt;code&gt;\r\n&lt;/code&gt;), connect with &lt;code&gt;nc -C 127.0.0.1 9000&lt;/code&gt; (&lt;code&gt;-C&lt;/code&gt; ends lines with &lt;code&gt;\r\n&lt;/code&gt;), type lines, change the terminator live and push bytes back by hand. The Framing Lab frames pasted bytes read by read, without any network.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>acw::InputView</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Escaped</source>
        <translation>Escaped</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>View:</translation>
    </message>
    <message>
        <source>Select a connection to see what it received.</source>
        <translation>Select a connection to see what it received.</translation>
    </message>
    <message>
        <source>showing bytes %1 to %2</source>
        <translation>showing bytes %1 to %2</translation>
    </message>
    <message>
        <source>later bytes were not captured (capture limit)</source>
        <translation>later bytes were not captured (capture limit)</translation>
    </message>
    <message numerus="yes">
        <source>%1 received in %n read(s)</source>
        <translation>
            <numerusform>%1 received in %n read</numerusform>
            <numerusform>%1 received in %n reads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n frame</numerusform>
            <numerusform>%n frames</numerusform>
        </translation>
    </message>
    <message>
        <source>collected, not framed: %1</source>
        <translation>collected, not framed: %1</translation>
    </message>
    <message>
        <source>held back: %1</source>
        <translation>held back: %1</translation>
    </message>
    <message numerus="yes">
        <source>closed with %n unframed byte(s)</source>
        <translation>
            <numerusform>closed with %n unframed byte</numerusform>
            <numerusform>closed with %n unframed bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in &amp;Lab</source>
        <translation>Open in &amp;Lab</translation>
    </message>
    <message>
        <source>Replay what this connection received in the Framing Lab: its bytes, its real reads and its terminator history.</source>
        <translation>Replay what this connection received in the Framing Lab: its bytes, its real reads and its terminator history.</translation>
    </message>
</context>
<context>
    <name>acw::InspectorPanel</name>
    <message>
        <source>&amp;Input</source>
        <translation>&amp;Input</translation>
    </message>
    <message>
        <source>&amp;Terminator</source>
        <translation>&amp;Terminator</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>&amp;Output</translation>
    </message>
    <message>
        <source>Connection #%1: no details (not reported yet, or cleared).</source>
        <translation>Connection #%1: no details (not reported yet, or cleared).</translation>
    </message>
    <message>
        <source>Select a connection in the table to inspect it.</source>
        <translation>Select a connection in the table to inspect it.</translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s) to go)</source>
        <translation>
            <numerusform>(%n byte to go)</numerusform>
            <numerusform>(%n bytes to go)</numerusform>
        </translation>
    </message>
    <message>
        <source>(re-armed after every frame)</source>
        <translation>(re-armed after every frame)</translation>
    </message>
    <message>
        <source>(%1 reached at frame %2: asynchat does not re-arm a count)</source>
        <translation>(%1 reached at frame %2: asynchat does not re-arm a count)</translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1&lt;/b&gt; %2 — %3 — %4 — terminator %5</source>
        <translation>&lt;b&gt;#%1&lt;/b&gt; %2 — %3 — %4 — terminator %5</translation>
    </message>
    <message numerus="yes">
        <source>idle: closes in %n s unless a byte arrives</source>
        <translation>
            <numerusform>idle: closes in %n s unless a byte arrives</numerusform>
            <numerusform>idle: closes in %n s unless a byte arrives</numerusform>
        </translation>
    </message>
    <message>
        <source>Con&amp;versation</source>
        <translation>Con&amp;versation</translation>
    </message>
    <message>
        <source>START&amp;TLS</source>
        <translation>START&amp;TLS</translation>
    </message>
    <message>
        <source>Upgrade this plain client connection to TLS now: send the protocol's own upgrade command first (SMTP: STARTTLS) and wait for its answer</source>
        <translation>Upgrade this plain client connection to TLS now: send the protocol's own upgrade command first (SMTP: STARTTLS) and wait for its answer</translation>
    </message>
    <message>
        <source>TLS with the client: %1</source>
        <translation>TLS with the client: %1</translation>
    </message>
    <message>
        <source>TLS with the server: %1</source>
        <translation>TLS with the server: %1</translation>
    </message>
    <message numerus="yes">
        <source>TLS (STARTTLS after %n byte(s)): %1</source>
        <translation>
            <numerusform>TLS (STARTTLS after %n byte): %1</numerusform>
            <numerusform>TLS (STARTTLS after %n bytes): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>Certificate not trusted, connection refused: %1, SHA-256 %2</source>
        <translation>Certificate not trusted, connection refused: %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>capture reopened from %1</source>
        <translation>capture reopened from %1</translation>
    </message>
</context>
<context>
    <name>acw::MainWindow</name>
    <message>
        <source>AsyncChat Workbench</source>
        <translation>AsyncChat Workbench</translation>
    </message>
    <message>
        <source>Ready. Start a server, or connect to one as a client.</source>
        <translation>Ready. Start a server, or connect to one as a client.</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>Framing Lab</source>
        <translation>Framing Lab</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Servers and clients</source>
        <translation>Servers and clients</translation>
    </message>
    <message>
        <source>Event timeline</source>
        <translation>Event timeline</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Export timeline as &amp;text…</source>
        <translation>Export timeline as &amp;text…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export timeline as &amp;JSON Lines…</source>
        <translation>Export timeline as &amp;JSON Lines…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>S&amp;top selected server</source>
        <translation>S&amp;top selected server</translation>
    </message>
    <message>
        <source>Stop &amp;all servers</source>
        <translation>Stop &amp;all servers</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connection</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Connect to a &amp;server…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Push</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Close when &amp;done</source>
        <translation>Close when &amp;done</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Change &amp;terminator…</source>
        <translation>Change &amp;terminator…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Close &amp;all</source>
        <translation>Close &amp;all</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>C&amp;lear closed</source>
        <translation>C&amp;lear closed</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Filter connections</source>
        <translation>&amp;Filter connections</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>&amp;Hex</source>
        <translation>&amp;Hex</translation>
    </message>
    <message>
        <source>&amp;Escaped</source>
        <translation>&amp;Escaped</translation>
    </message>
    <message>
        <source>Framing &amp;Lab</source>
        <translation>Framing &amp;Lab</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>asynchat in &amp;5 minutes</source>
        <translation>asynchat in &amp;5 minutes</translation>
    </message>
    <message>
        <source>&amp;About AsyncChat Workbench</source>
        <translation>&amp;About AsyncChat Workbench</translation>
    </message>
    <message>
        <source>About AsyncChat Workbench</source>
        <translation>About AsyncChat Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AsyncChat Workbench %1&lt;/h3&gt;&lt;p&gt;A workbench for terminator-framed TCP protocols, after Python's asynchat: run servers, watch every connection's bytes frame, change terminators live and push bytes by hand.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AsyncChat Workbench %1&lt;/h3&gt;&lt;p&gt;A workbench for terminator-framed TCP protocols, after Python's asynchat: run servers, watch every connection's bytes frame, change terminators live and push bytes by hand.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language changed.</source>
        <translation>Language changed.</translation>
    </message>
    <message>
        <source>Connection #%1 cannot be replayed in the lab: its capture is incomplete (older bytes or frames were dropped at the capture limit).</source>
        <translation>Connection #%1 cannot be replayed in the lab: its capture is incomplete (older bytes or frames were dropped at the capture limit).</translation>
    </message>
    <message numerus="yes">
        <source>Connection #%1 opened in the Framing Lab: %2, %n read(s).</source>
        <translation>
            <numerusform>Connection #%1 opened in the Framing Lab: %2, %n read.</numerusform>
            <numerusform>Connection #%1 opened in the Framing Lab: %2, %n reads.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 server is listening on %2.</source>
        <translation>The %1 server is listening on %2.</translation>
    </message>
    <message>
        <source>The %1 server could not start: %2</source>
        <translation>The %1 server could not start: %2</translation>
    </message>
    <message>
        <source>Connected to %1 (connection #%2).</source>
        <translation>Connected to %1 (connection #%2).</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Could not connect to %1: %2</translation>
    </message>
    <message>
        <source>Text &amp;encoding</source>
        <translation>Text &amp;encoding</translation>
    </message>
    <message>
        <source>Bytes are now shown as %1 text.</source>
        <translation>Bytes are now shown as %1 text.</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <source>Opened the capture %1 as #%2, in the inspector and in the Framing Lab (Ctrl+L), read by read.</source>
        <translation>Opened the capture %1 as #%2, in the inspector and in the Framing Lab (Ctrl+L), read by read.</translation>
    </message>
    <message>
        <source>Opened the capture %1 as #%2, in the inspector. The Framing Lab cannot replay it: older bytes or frames had been dropped when it was saved.</source>
        <translation>Opened the capture %1 as #%2, in the inspector. The Framing Lab cannot replay it: older bytes or frames had been dropped when it was saved.</translation>
    </message>
    <message>
        <source>&amp;Record every connection</source>
        <translation>&amp;Record every connection</translation>
    </message>
    <message>
        <source>Off: past %1 new connections a second, new connections are served and counted but not listed, so that a flood does not slow the server down.</source>
        <translation>Off: past %1 new connections a second, new connections are served and counted but not listed, so that a flood does not slow the server down.</translation>
    </message>
</context>
<context>
    <name>acw::OutputHistoryModel</name>
    <message>
        <source>sent (kernel write)</source>
        <translation>sent (kernel write)</translation>
    </message>
    <message>
        <source>pushed</source>
        <translation>pushed</translation>
    </message>
    <message>
        <source>(not captured)</source>
        <translation>(not captured)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>acw::OutputQueueModel</name>
    <message>
        <source>data</source>
        <translation>data</translation>
    </message>
    <message>
        <source>producer</source>
        <translation>producer</translation>
    </message>
    <message>
        <source>close when done</source>
        <translation>close when done</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>Starts with</translation>
    </message>
</context>
<context>
    <name>acw::OutputView</name>
    <message>
        <source>Waiting for the engine…</source>
        <translation>Waiting for the engine…</translation>
    </message>
    <message>
        <source>No connection selected.</source>
        <translation>No connection selected.</translation>
    </message>
    <message numerus="yes">
        <source>Sent: %1. In the socket's buffer: %2. Queued: %3 in %n entries.</source>
        <translation>
            <numerusform>Sent: %1. In the socket's buffer: %2. Queued: %3 in %n entry.</numerusform>
            <numerusform>Sent: %1. In the socket's buffer: %2. Queued: %3 in %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closes when the queue is sent.</source>
        <translation>Closes when the queue is sent.</translation>
    </message>
    <message>
        <source>Closed; its output is kept below.</source>
        <translation>Closed; its output is kept below.</translation>
    </message>
    <message numerus="yes">
        <source>Pushed %1 in %n push(es);</source>
        <translation>
            <numerusform>Pushed %1 in %n push;</numerusform>
            <numerusform>Pushed %1 in %n pushes;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the kernel took %1 in %n write(s).</source>
        <translation>
            <numerusform>the kernel took %1 in %n write.</numerusform>
            <numerusform>the kernel took %1 in %n writes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pushed but never sent.</source>
        <translation>%1 pushed but never sent.</translation>
    </message>
    <message>
        <source>Only the last %1 of the output were kept (capture limit).</source>
        <translation>Only the last %1 of the output were kept (capture limit).</translation>
    </message>
</context>
<context>
    <name>acw::PushBox</name>
    <message>
        <source>+ terminator</source>
        <translation>+ terminator</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Push</translation>
    </message>
    <message>
        <source>Close when &amp;done</source>
        <translation>Close when &amp;done</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Text takes escapes: \r \n \t \0 \\ \xHH</source>
        <translation>Text takes escapes: \r \n \t \0 \\ \xHH</translation>
    </message>
    <message>
        <source>Bytes to push, e.g. hello\r\n</source>
        <translation>Bytes to push, e.g. hello\r\n</translation>
    </message>
    <message>
        <source>Append the connection's terminator when it is bytes</source>
        <translation>Append the connection's terminator when it is bytes</translation>
    </message>
    <message>
        <source>Push:</source>
        <translation>Push:</translation>
    </message>
    <message>
        <source>Hex needs pairs of digits, e.g. 68 69 0d 0a.</source>
        <translation>Hex needs pairs of digits, e.g. 68 69 0d 0a.</translation>
    </message>
    <message>
        <source>Unknown escape: use \r \n \t \0 \\ or \xHH.</source>
        <translation>Unknown escape: use \r \n \t \0 \\ or \xHH.</translation>
    </message>
</context>
<context>
    <name>acw::RelayPanel</name>
    <message>
        <source>TLS to the server</source>
        <translation>TLS to the server</translation>
    </message>
    <message>
        <source>Start relay</source>
        <translation>Start relay</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Drop</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Inject</translation>
    </message>
    <message>
        <source>CA file (PEM), besides the system's</source>
        <translation>CA file (PEM), besides the system's</translation>
    </message>
    <message>
        <source>accept this SHA-256 fingerprint</source>
        <translation>accept this SHA-256 fingerprint</translation>
    </message>
    <message>
        <source>certificate (PEM): clients talk TLS</source>
        <translation>certificate (PEM): clients talk TLS</translation>
    </message>
    <message>
        <source>private key (PEM)</source>
        <translation>private key (PEM)</translation>
    </message>
    <message>
        <source>bytes to inject (escapes: \r\n, \xHH)</source>
        <translation>bytes to inject (escapes: \r\n, \xHH)</translation>
    </message>
    <message>
        <source>client → server</source>
        <translation>client → server</translation>
    </message>
    <message>
        <source>server → client</source>
        <translation>server → client</translation>
    </message>
    <message>
        <source>Frames of both directions: &gt; client to server, &lt; back</source>
        <translation>Frames of both directions: &gt; client to server, &lt; back</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Listen on:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Client → server frames end in:</source>
        <translation>Client → server frames end in:</translation>
    </message>
    <message>
        <source>Server → client frames end in:</source>
        <translation>Server → client frames end in:</translation>
    </message>
    <message>
        <source>CA:</source>
        <translation>CA:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Listen TLS:</source>
        <translation>Listen TLS:</translation>
    </message>
    <message>
        <source>Intercept:</source>
        <translation>Intercept:</translation>
    </message>
    <message>
        <source>Edit frame</source>
        <translation>Edit frame</translation>
    </message>
    <message>
        <source>Bytes sent instead (escapes: \r\n, \xHH):</source>
        <translation>Bytes sent instead (escapes: \r\n, \xHH):</translation>
    </message>
    <message>
        <source>Not edited: bad escape in %1</source>
        <translation>Not edited: bad escape in %1</translation>
    </message>
    <message>
        <source>Nothing injected: choose a pair and type bytes (escapes allowed)</source>
        <translation>Nothing injected: choose a pair and type bytes (escapes allowed)</translation>
    </message>
    <message>
        <source>Listen on: expected IP:PORT, e.g. 127.0.0.1:7000</source>
        <translation>Listen on: expected IP:PORT, e.g. 127.0.0.1:7000</translation>
    </message>
    <message>
        <source>Server: expected HOST:PORT, e.g. 127.0.0.1:6379</source>
        <translation>Server: expected HOST:PORT, e.g. 127.0.0.1:6379</translation>
    </message>
    <message>
        <source>Fix the terminators first</source>
        <translation>Fix the terminators first</translation>
    </message>
    <message>
        <source>Stop relay</source>
        <translation>Stop relay</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Cannot start: %1</translation>
    </message>
    <message>
        <source>#%1 %2 opened</source>
        <translation>#%1 %2 opened</translation>
    </message>
    <message>
        <source>#%1 closed</source>
        <translation>#%1 closed</translation>
    </message>
    <message>
        <source>#%1 closed (%2)</source>
        <translation>#%1 closed (%2)</translation>
    </message>
    <message>
        <source> … (%1 bytes)</source>
        <translation> … (%1 bytes)</translation>
    </message>
    <message>
        <source> [held]</source>
        <translation> [held]</translation>
    </message>
    <message>
        <source>#%1 TLS (%2): %3</source>
        <translation>#%1 TLS (%2): %3</translation>
    </message>
    <message>
        <source>client side</source>
        <translation>client side</translation>
    </message>
    <message>
        <source>server side</source>
        <translation>server side</translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation> (edited)</translation>
    </message>
    <message>
        <source> (injected)</source>
        <translation> (injected)</translation>
    </message>
    <message>
        <source>Relaying %1 -&gt; %2</source>
        <translation>Relaying %1 -&gt; %2</translation>
    </message>
    <message>
        <source>CA certificate (PEM)</source>
        <translation>CA certificate (PEM)</translation>
    </message>
    <message>
        <source>TLS certificate (PEM)</source>
        <translation>TLS certificate (PEM)</translation>
    </message>
    <message>
        <source>TLS private key (PEM)</source>
        <translation>TLS private key (PEM)</translation>
    </message>
    <message>
        <source>Listen TLS needs both a certificate and its key</source>
        <translation>Listen TLS needs both a certificate and its key</translation>
    </message>
</context>
<context>
    <name>acw::SendDock</name>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Up and Down recall what was pushed on this connection</source>
        <translation>Up and Down recall what was pushed on this connection</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>Workspaces (*.acw.json *.json);;All files (*)</source>
        <translation>Workspaces (*.acw.json *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Save &amp;workspace…</source>
        <translation>Save &amp;workspace…</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>Save workspace</translation>
    </message>
    <message>
        <source>Workspaces (*.acw.json *.json)</source>
        <translation>Workspaces (*.acw.json *.json)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Could not save the workspace: %1</source>
        <translation>Could not save the workspace: %1</translation>
    </message>
    <message>
        <source>Saved the workspace to %1: %2 server(s), %3 client(s), %4 snippet(s).</source>
        <translation>Saved the workspace to %1: %2 server(s), %3 client(s), %4 snippet(s).</translation>
    </message>
    <message>
        <source>Could not open the workspace %1: %2</source>
        <translation>Could not open the workspace %1: %2</translation>
    </message>
    <message>
        <source>Opened the workspace %1: %2 server(s), %3 client(s), %4 snippet(s).</source>
        <translation>Opened the workspace %1: %2 server(s), %3 client(s), %4 snippet(s).</translation>
    </message>
    <message>
        <source>Open &amp;capture…</source>
        <translation>Open &amp;capture…</translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation>Open capture</translation>
    </message>
    <message>
        <source>Captures (*.capture.json *.json);;All files (*)</source>
        <translation>Captures (*.capture.json *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Could not open the capture %1: %2</source>
        <translation>Could not open the capture %1: %2</translation>
    </message>
</context>
<context>
    <name>acw::ServerModel</name>
    <message>
        <source>starting</source>
        <translation>starting</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>listening</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>failed to start</source>
        <translation>failed to start</translation>
    </message>
    <message>
        <source>accepting paused: %1</source>
        <translation>accepting paused: %1</translation>
    </message>
    <message>
        <source>too many open files</source>
        <translation>too many open files</translation>
    </message>
    <message numerus="yes">
        <source>%n evicted</source>
        <translation>
            <numerusform>%n evicted</numerusform>
            <numerusform>%n evicted</numerusform>
        </translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Listening on</source>
        <translation>Listening on</translation>
    </message>
    <message>
        <source>Terminator</source>
        <translation>Terminator</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>acw::ServerPanel</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>greeting (HTTP, /NAME)</source>
        <translation>greeting (HTTP, /NAME)</translation>
    </message>
    <message>
        <source>echo</source>
        <translation>echo</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>localhost (127.0.0.1 and ::1)</source>
        <translation>localhost (127.0.0.1 and ::1)</translation>
    </message>
    <message>
        <source>all interfaces</source>
        <translation>all interfaces</translation>
    </message>
    <message>
        <source>Warning: every machine that can reach this one can connect.</source>
        <translation>Warning: every machine that can reach this one can connect.</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>any free port</translation>
    </message>
    <message>
        <source>the profile's default</source>
        <translation>the profile's default</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> bytes</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Terminator:</source>
        <translation>Terminator:</translation>
    </message>
    <message>
        <source>Max frame:</source>
        <translation>Max frame:</translation>
    </message>
    <message>
        <source>Fix the terminator first.</source>
        <translation>Fix the terminator first.</translation>
    </message>
    <message>
        <source>Starting the %1 server on %2, port %3…</source>
        <translation>Starting the %1 server on %2, port %3…</translation>
    </message>
    <message>
        <source>No server running. Choose a profile and press Start.</source>
        <translation>No server running. Choose a profile and press Start.</translation>
    </message>
    <message>
        <source>%1: starting…</source>
        <translation>%1: starting…</translation>
    </message>
    <message>
        <source>%1: listening on %2 — %3 accepted, %4 live</source>
        <translation>%1: listening on %2 — %3 accepted, %4 live</translation>
    </message>
    <message>
        <source>%1: stopped</source>
        <translation>%1: stopped</translation>
    </message>
    <message>
        <source>%1 on port %2 could not start: %3</source>
        <translation>%1 on port %2 could not start: %3</translation>
    </message>
    <message>
        <source>manual (silent: you answer by hand)</source>
        <translation>manual (silent: you answer by hand)</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>no cap</translation>
    </message>
    <message>
        <source>At the cap, the oldest connection still waiting for its request is closed to make room.</source>
        <translation>At the cap, the oldest connection still waiting for its request is closed to make room.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Close a connection after this long without a byte from the peer. The inspector warns before it fires.</source>
        <translation>Close a connection after this long without a byte from the peer. The inspector warns before it fires.</translation>
    </message>
    <message>
        <source>greeting: the whole request head must arrive within this time (slow clients get 408).</source>
        <translation>greeting: the whole request head must arrive within this time (slow clients get 408).</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>Idle timeout:</translation>
    </message>
    <message>
        <source>Max connections:</source>
        <translation>Max connections:</translation>
    </message>
    <message>
        <source>Header timeout:</source>
        <translation>Header timeout:</translation>
    </message>
    <message>
        <source>none: plain TCP</source>
        <translation>none: plain TCP</translation>
    </message>
    <message>
        <source>TLS certificate (PEM)</source>
        <translation>TLS certificate (PEM)</translation>
    </message>
    <message>
        <source>its private key (PEM)</source>
        <translation>its private key (PEM)</translation>
    </message>
    <message>
        <source>TLS private key (PEM)</source>
        <translation>TLS private key (PEM)</translation>
    </message>
    <message>
        <source>A certificate and its key (PEM files) make this a TLS server. A test pair: openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=localhost -keyout key.pem -out cert.pem</source>
        <translation>A certificate and its key (PEM files) make this a TLS server. A test pair: openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=localhost -keyout key.pem -out cert.pem</translation>
    </message>
    <message>
        <source>TLS certificate:</source>
        <translation>TLS certificate:</translation>
    </message>
    <message>
        <source>TLS key:</source>
        <translation>TLS key:</translation>
    </message>
    <message>
        <source>TLS needs both a certificate and its key.</source>
        <translation>TLS needs both a certificate and its key.</translation>
    </message>
    <message>
        <source>Starting the %1 TLS server on %2, port %3…</source>
        <translation>Starting the %1 TLS server on %2, port %3…</translation>
    </message>
    <message>
        <source>%1: listening on %2 (TLS) — %3 accepted, %4 live</source>
        <translation>%1: listening on %2 (TLS) — %3 accepted, %4 live</translation>
    </message>
    <message numerus="yes">
        <source>recording paused, %n not recorded</source>
        <translation>
            <numerusform>recording paused, %n not recorded</numerusform>
            <numerusform>recording paused, %n not recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not recorded</source>
        <translation>
            <numerusform>%n not recorded</numerusform>
            <numerusform>%n not recorded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acw::SnippetModel</name>
    <message>
        <source>Hex needs pairs of digits, e.g. 68 69 0d 0a.</source>
        <translation>Hex needs pairs of digits, e.g. 68 69 0d 0a.</translation>
    </message>
    <message>
        <source>Unknown encoding %1.</source>
        <translation>Unknown encoding %1.</translation>
    </message>
    <message>
        <source>Unknown escape %1: use \r \n \t \0 \\ or \xHH.</source>
        <translation>Unknown escape %1: use \r \n \t \0 \\ or \xHH.</translation>
    </message>
    <message>
        <source>A lone \ at the end: write \\ for a backslash.</source>
        <translation>A lone \ at the end: write \\ for a backslash.</translation>
    </message>
    <message>
        <source>Some characters cannot be written in %1.</source>
        <translation>Some characters cannot be written in %1.</translation>
    </message>
    <message>
        <source>Bad terminator %1.</source>
        <translation>Bad terminator %1.</translation>
    </message>
    <message>
        <source>a snippet needs a "name" and a "text"</source>
        <translation>a snippet needs a "name" and a "text"</translation>
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
        <translation>the file is larger than 16 MiB</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>not JSON: %1</translation>
    </message>
    <message>
        <source>not a snippets file (no "format": "%1")</source>
        <translation>not a snippets file (no "format": "%1")</translation>
    </message>
</context>
<context>
    <name>acw::SnippetsPanel</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <source>Send &amp;file…</source>
        <translation>Send &amp;file…</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>Re&amp;connect</translation>
    </message>
    <message>
        <source>Save &amp;received…</source>
        <translation>Save &amp;received…</translation>
    </message>
    <message>
        <source>Save fra&amp;mes…</source>
        <translation>Save fra&amp;mes…</translation>
    </message>
    <message>
        <source>Snippets</source>
        <translation>Snippets</translation>
    </message>
    <message>
        <source>Double-click, Send or Ctrl+Alt+1…9 sends to the selected connection</source>
        <translation>Double-click, Send or Ctrl+Alt+1…9 sends to the selected connection</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Import snippets…</source>
        <translation>&amp;Import snippets…</translation>
    </message>
    <message>
        <source>Import snippets</source>
        <translation>Import snippets</translation>
    </message>
    <message>
        <source>Snippets (*.json);;All files (*)</source>
        <translation>Snippets (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Export snippets…</source>
        <translation>&amp;Export snippets…</translation>
    </message>
    <message>
        <source>Export snippets</source>
        <translation>Export snippets</translation>
    </message>
    <message>
        <source>Snippets (*.json)</source>
        <translation>Snippets (*.json)</translation>
    </message>
    <message>
        <source>e.g. GET / HTTP/1.0\r\n\r\n, or 68 69 in hex</source>
        <translation>e.g. GET / HTTP/1.0\r\n\r\n, or 68 69 in hex</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Text takes escapes: \r \n \t \0 \\ \xHH</source>
        <translation>Text takes escapes: \r \n \t \0 \\ \xHH</translation>
    </message>
    <message>
        <source>Appended to the message, as escaped bytes; empty for none</source>
        <translation>Appended to the message, as escaped bytes; empty for none</translation>
    </message>
    <message>
        <source>How characters other than escapes become bytes (text only)</source>
        <translation>How characters other than escapes become bytes (text only)</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message:</translation>
    </message>
    <message>
        <source>Terminator:</source>
        <translation>Terminator:</translation>
    </message>
    <message>
        <source>New snippet</source>
        <translation>New snippet</translation>
    </message>
    <message>
        <source>Send to the selected connection</source>
        <translation>Send to the selected connection</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>until stopped</translation>
    </message>
    <message>
        <source>How many times; 0: until stopped</source>
        <translation>How many times; 0: until stopped</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>back to back</source>
        <translation>back to back</translation>
    </message>
    <message>
        <source>One every so many milliseconds; 0: as fast as the socket takes them. Never faster than the peer reads: a tick waits while the output queue is above its low watermark.</source>
        <translation>One every so many milliseconds; 0: as fast as the socket takes them. Never faster than the peer reads: a tick waits while the output queue is above its low watermark.</translation>
    </message>
    <message>
        <source>every</source>
        <translation>every</translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation>Send a file</translation>
    </message>
    <message>
        <source>Open a new client connection with the same host, port and terminator</source>
        <translation>Open a new client connection with the same host, port and terminator</translation>
    </message>
    <message>
        <source>The bytes received, as they came (raw)</source>
        <translation>The bytes received, as they came (raw)</translation>
    </message>
    <message>
        <source>The frames received, one JSON object per line, whole payloads</source>
        <translation>The frames received, one JSON object per line, whole payloads</translation>
    </message>
    <message>
        <source>Send snippet</source>
        <translation>Send snippet</translation>
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
        <translation>Select an open connection first.</translation>
    </message>
    <message>
        <source>The snippet is empty.</source>
        <translation>The snippet is empty.</translation>
    </message>
    <message>
        <source>Sent “%1” (%2) to #%3.</source>
        <translation>Sent “%1” (%2) to #%3.</translation>
    </message>
    <message>
        <source>Back to back needs a count; or give an interval.</source>
        <translation>Back to back needs a count; or give an interval.</translation>
    </message>
    <message>
        <source>Repeating “%1” on #%2.</source>
        <translation>Repeating “%1” on #%2.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>Sending %1 (%2) to #%3.</source>
        <translation>Sending %1 (%2) to #%3.</translation>
    </message>
    <message>
        <source>Reconnect needs a closed client connection.</source>
        <translation>Reconnect needs a closed client connection.</translation>
    </message>
    <message>
        <source>Reconnecting #%1 as #%2.</source>
        <translation>Reconnecting #%1 as #%2.</translation>
    </message>
    <message>
        <source>Save frames as JSON Lines</source>
        <translation>Save frames as JSON Lines</translation>
    </message>
    <message>
        <source>Save received bytes</source>
        <translation>Save received bytes</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;All files (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Nothing received on this connection.</source>
        <translation>Nothing received on this connection.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <source>Saved %1 received on #%2 to %3.</source>
        <translation>Saved %1 received on #%2 to %3.</translation>
    </message>
    <message>
        <source>The first %1 are no longer kept (the window keeps the newest bytes of each connection).</source>
        <translation>The first %1 are no longer kept (the window keeps the newest bytes of each connection).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n frame(s) of #%1 to %2.</source>
        <translation>
            <numerusform>Saved %n frame(s) of #%1 to %2.</numerusform>
            <numerusform>Saved %n frame(s) of #%1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 older frame(s) were no longer kept, %2 only in part (marked "complete": false).</source>
        <translation>%1 older frame(s) were no longer kept, %2 only in part (marked "complete": false).</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>Could not import %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n snippet(s).</source>
        <translation>
            <numerusform>Imported %n snippet(s).</numerusform>
            <numerusform>Imported %n snippet(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Could not export: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n snippet(s) to %1.</source>
        <translation>
            <numerusform>Exported %n snippet(s) to %1.</numerusform>
            <numerusform>Exported %n snippet(s) to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>File %1</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 sent</translation>
    </message>
    <message>
        <source>running, waited %1× for the peer</source>
        <translation>running, waited %1× for the peer</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>stopped: connection closed</source>
        <translation>stopped: connection closed</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source>Copy as hex</source>
        <translation>Copy as hex</translation>
    </message>
    <message>
        <source>Copy as C string</source>
        <translation>Copy as C string</translation>
    </message>
    <message>
        <source>Copy as Python bytes</source>
        <translation>Copy as Python bytes</translation>
    </message>
    <message>
        <source>Save capt&amp;ure…</source>
        <translation>Save capt&amp;ure…</translation>
    </message>
    <message>
        <source>Reads, frames, pushes and writes with their times and the terminator changes: File &gt; Open capture shows them again in the inspector and the Framing Lab</source>
        <translation>Reads, frames, pushes and writes with their times and the terminator changes: File &gt; Open capture shows them again in the inspector and the Framing Lab</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Save the connection's capture</source>
        <translation>Save the connection's capture</translation>
    </message>
    <message>
        <source>Captures (*.capture.json *.json);;All files (*)</source>
        <translation>Captures (*.capture.json *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Nothing received or sent on this connection.</source>
        <translation>Nothing received or sent on this connection.</translation>
    </message>
    <message numerus="yes">
        <source>Saved the capture of #%1 to %2: %3 received in %n read(s),</source>
        <translation>
            <numerusform>Saved the capture of #%1 to %2: %3 received in %n read,</numerusform>
            <numerusform>Saved the capture of #%1 to %2: %3 received in %n reads,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent in %n write(s).</source>
        <translation>
            <numerusform>%1 sent in %n write.</numerusform>
            <numerusform>%1 sent in %n writes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Older bytes or frames were no longer kept: it reopens in the inspector, not in the Framing Lab.</source>
        <translation>Older bytes or frames were no longer kept: it reopens in the inspector, not in the Framing Lab.</translation>
    </message>
</context>
<context>
    <name>acw::StreamRenderer</name>
    <message>
        <source>frame</source>
        <translation>frame</translation>
    </message>
    <message>
        <source>next frame</source>
        <translation>next frame</translation>
    </message>
    <message>
        <source>terminator</source>
        <translation>terminator</translation>
    </message>
    <message>
        <source>collected, not framed yet</source>
        <translation>collected, not framed yet</translation>
    </message>
    <message>
        <source>held back (terminator prefix?)</source>
        <translation>held back (terminator prefix?)</translation>
    </message>
    <message>
        <source>chunk boundary (one read)</source>
        <translation>chunk boundary (one read)</translation>
    </message>
    <message>
        <source>handed on as a stream (not kept)</source>
        <translation>handed on as a stream (not kept)</translation>
    </message>
    <message>
        <source>🔒 TLS began here, at byte %1: %2 (what follows is decrypted)</source>
        <translation>🔒 TLS began here, at byte %1: %2 (what follows is decrypted)</translation>
    </message>
</context>
<context>
    <name>acw::TerminatorEditor</name>
    <message>
        <source>&amp;Apply to this connection</source>
        <translation>&amp;Apply to this connection</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Presets…</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>Current:</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>New:</translation>
    </message>
    <message>
        <source>(no connection selected)</source>
        <translation>(no connection selected)</translation>
    </message>
    <message>
        <source>held back: %1</source>
        <translation>held back: %1</translation>
    </message>
    <message>
        <source>&amp;Re-arm the count after every frame</source>
        <translation>&amp;Re-arm the count after every frame</translation>
    </message>
    <message>
        <source>asynchat itself does not re-arm a count: once reached, the terminator becomes none. Tick this for fixed-size frames.</source>
        <translation>asynchat itself does not re-arm a count: once reached, the terminator becomes none. Tick this for fixed-size frames.</translation>
    </message>
    <message>
        <source>The new terminator takes effect at the next byte, as in asynchat: bytes already collected stay collected and start the next frame; a count counts only bytes that arrive after the change; held-back bytes are framed again under the new terminator. The preview below is computed from the connection's real state by the framer's own code.</source>
        <translation>The new terminator takes effect at the next byte, as in asynchat: bytes already collected stay collected and start the next frame; a count counts only bytes that arrive after the change; held-back bytes are framed again under the new terminator. The preview below is computed from the connection's real state by the framer's own code.</translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s) still to come in this frame)</source>
        <translation>
            <numerusform>(%n byte still to come in this frame)</numerusform>
            <numerusform>(%n bytes still to come in this frame)</numerusform>
        </translation>
    </message>
    <message>
        <source>(re-armed after every frame)</source>
        <translation>(re-armed after every frame)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Waiting for the connection's state…</source>
        <translation>Waiting for the connection's state…</translation>
    </message>
    <message>
        <source>The connection holds now: collected, not framed: %1 (%2); held back at the end of the last read (a possible start of the terminator): %3.</source>
        <translation>The connection holds now: collected, not framed: %1 (%2); held back at the end of the last read (a possible start of the terminator): %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than this connection's maximum frame (%2): the change would be refused.</source>
        <translation>%1 is larger than this connection's maximum frame (%2): the change would be refused.</translation>
    </message>
    <message>
        <source>frame %1 (%2), ended by %3, completes from the held-back bytes when the next read arrives: %4</source>
        <translation>frame %1 (%2), ended by %3, completes from the held-back bytes when the next read arrives: %4</translation>
    </message>
    <message>
        <source>the %1 collected (%2)</source>
        <translation>the %1 collected (%2)</translation>
    </message>
    <message>
        <source>nothing collected yet</source>
        <translation>nothing collected yet</translation>
    </message>
    <message>
        <source>frame %1 starts with %2 and ends after %3 more byte(s) arrive: %4 in all.</source>
        <translation>frame %1 starts with %2 and ends after %3 more byte(s) arrive: %4 in all.</translation>
    </message>
    <message>
        <source>After it, the same count frames every %1 bytes (re-armed).</source>
        <translation>After it, the same count frames every %1 bytes (re-armed).</translation>
    </message>
    <message>
        <source>After it, the terminator becomes none (asynchat does not re-arm a count): later bytes are collected, not framed.</source>
        <translation>After it, the terminator becomes none (asynchat does not re-arm a count): later bytes are collected, not framed.</translation>
    </message>
    <message>
        <source>frame %1 starts with %2 and ends at the next %3 to arrive.</source>
        <translation>frame %1 starts with %2 and ends at the next %3 to arrive.</translation>
    </message>
    <message>
        <source>No frame: with none every byte is collected as a stream (%1 now); found_terminator() is never called.</source>
        <translation>No frame: with none every byte is collected as a stream (%1 now); found_terminator() is never called.</translation>
    </message>
    <message>
        <source>held back: %1 (could be the start of %2)</source>
        <translation>held back: %1 (could be the start of %2)</translation>
    </message>
    <message>
        <source>These bytes pass the maximum frame: the connection would report a frame too long.</source>
        <translation>These bytes pass the maximum frame: the connection would report a frame too long.</translation>
    </message>
</context>
<context>
    <name>acw::TerminatorField</name>
    <message>
        <source>Escaped bytes (\r\n, \t, \0, \\, \xHH), count:N, or none</source>
        <translation>Escaped bytes (\r\n, \t, \0, \\, \xHH), count:N, or none</translation>
    </message>
    <message>
        <source>Type a terminator, or "none".</source>
        <translation>Type a terminator, or "none".</translation>
    </message>
    <message>
        <source>Unknown escape: use \r \n \t \0 \\ or \xHH.</source>
        <translation>Unknown escape: use \r \n \t \0 \\ or \xHH.</translation>
    </message>
    <message>
        <source>count: needs a whole number, as in count:16.</source>
        <translation>count: needs a whole number, as in count:16.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>A count cannot be negative.</translation>
    </message>
    <message>
        <source>That count is too large.</source>
        <translation>That count is too large.</translation>
    </message>
</context>
<context>
    <name>acw::TimelineModel</name>
    <message>
        <source>server started</source>
        <translation>server started</translation>
    </message>
    <message>
        <source>server stopped</source>
        <translation>server stopped</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>server error</translation>
    </message>
    <message>
        <source>accept paused</source>
        <translation>accept paused</translation>
    </message>
    <message>
        <source>accept resumed</source>
        <translation>accept resumed</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>opened</translation>
    </message>
    <message>
        <source>chunk</source>
        <translation>chunk</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>frame</translation>
    </message>
    <message>
        <source>terminator</source>
        <translation>terminator</translation>
    </message>
    <message>
        <source>pushed</source>
        <translation>pushed</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>listening on %1</source>
        <translation>listening on %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>accepting paused: %1</source>
        <translation>accepting paused: %1</translation>
    </message>
    <message>
        <source>accepting again</source>
        <translation>accepting again</translation>
    </message>
    <message>
        <source>peer %1</source>
        <translation>peer %1</translation>
    </message>
    <message>
        <source>at %1: %2</source>
        <translation>at %1: %2</translation>
    </message>
    <message>
        <source>terminator set to %1</source>
        <translation>terminator set to %1</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>server %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>count reached: terminator is now %1 (asynchat does not re-arm a count)</source>
        <translation>count reached: terminator is now %1 (asynchat does not re-arm a count)</translation>
    </message>
    <message>
        <source>terminator set to %1 by the profile</source>
        <translation>terminator set to %1 by the profile</translation>
    </message>
    <message>
        <source>terminator set to %1, re-armed after every frame</source>
        <translation>terminator set to %1, re-armed after every frame</translation>
    </message>
    <message numerus="yes">
        <source>[%1 of %n byte(s) kept]</source>
        <translation>
            <numerusform>[%1 of %n byte kept]</numerusform>
            <numerusform>[%1 of %n bytes kept]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>frame #%1, %n byte(s), terminator %2</source>
        <translation>
            <numerusform>frame #%1, %n byte, terminator %2</numerusform>
            <numerusform>frame #%1, %n bytes, terminator %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) sent</source>
        <translation>
            <numerusform>%n byte sent</numerusform>
            <numerusform>%n bytes sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unframed byte(s) left</source>
        <translation>
            <numerusform>%n unframed byte left</numerusform>
            <numerusform>%n unframed bytes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) dropped by the engine</source>
        <translation>
            <numerusform>%n event dropped by the engine</numerusform>
            <numerusform>%n events dropped by the engine</numerusform>
        </translation>
    </message>
    <message>
        <source>relayed</source>
        <translation>relayed</translation>
    </message>
    <message>
        <source>intercept</source>
        <translation>intercept</translation>
    </message>
    <message>
        <source>relay</source>
        <translation>relay</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>client → server #%1, %2 bytes: %3</source>
        <translation>client → server #%1, %2 bytes: %3</translation>
    </message>
    <message>
        <source>server → client #%1, %2 bytes: %3</source>
        <translation>server → client #%1, %2 bytes: %3</translation>
    </message>
    <message>
        <source>%1 held, %2 frames queued</source>
        <translation>%1 held, %2 frames queued</translation>
    </message>
    <message>
        <source>client → server</source>
        <translation>client → server</translation>
    </message>
    <message>
        <source>server → client</source>
        <translation>server → client</translation>
    </message>
    <message>
        <source>%1 passing</source>
        <translation>%1 passing</translation>
    </message>
    <message>
        <source>TLS began here: %1</source>
        <translation>TLS began here: %1</translation>
    </message>
    <message>
        <source>listening on %1, relaying to %2</source>
        <translation>listening on %1, relaying to %2</translation>
    </message>
    <message numerus="yes">
        <source>%n relayed frame(s) not shown (too many in one batch)</source>
        <translation>
            <numerusform>%n relayed frame not shown (too many in one batch)</numerusform>
            <numerusform>%n relayed frames not shown (too many in one batch)</numerusform>
        </translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificate</translation>
    </message>
    <message>
        <source>certificate not trusted: %1, SHA-256 fingerprint %2</source>
        <translation>certificate not trusted: %1, SHA-256 fingerprint %2</translation>
    </message>
    <message>
        <source>recording paused</source>
        <translation>recording paused</translation>
    </message>
    <message>
        <source>recording resumed</source>
        <translation>recording resumed</translation>
    </message>
    <message>
        <source>more than %1 new connections a second: new connections are served and counted, not recorded</source>
        <translation>more than %1 new connections a second: new connections are served and counted, not recorded</translation>
    </message>
    <message numerus="yes">
        <source>recording again; %n connection(s) served without being recorded</source>
        <translation><numerusform>recording again; %n connection served without being recorded</numerusform><numerusform>recording again; %n connections served without being recorded</numerusform></translation>
    </message>
</context>
<context>
    <name>acw::TimelinePanel</name>
    <message>
        <source>Selected connection only</source>
        <translation>Selected connection only</translation>
    </message>
    <message>
        <source>Auto-scroll</source>
        <translation>Auto-scroll</translation>
    </message>
    <message>
        <source>Filter details…</source>
        <translation>Filter details…</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>As text…</source>
        <translation>As text…</translation>
    </message>
    <message>
        <source>As JSON Lines…</source>
        <translation>As JSON Lines…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Export the timeline</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Timeline written to %1</source>
        <translation>Timeline written to %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>acw::Workspace</name>
    <message>
        <source>a port must be 0 to 65535</source>
        <translation>a port must be 0 to 65535</translation>
    </message>
    <message>
        <source>bad terminator %1</source>
        <translation>bad terminator %1</translation>
    </message>
    <message>
        <source>not a workspace file (no "format": "%1")</source>
        <translation>not a workspace file (no "format": "%1")</translation>
    </message>
    <message>
        <source>a client needs a port</source>
        <translation>a client needs a port</translation>
    </message>
    <message>
        <source>the file is larger than 16 MiB</source>
        <translation>the file is larger than 16 MiB</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>not JSON: %1</translation>
    </message>
    <message>
        <source>unknown profile %1</source>
        <translation>unknown profile %1</translation>
    </message>
</context>
<context>
    <name>acw::capturefile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no "capture" record: a framing case? Open it in the Framing Lab instead</source>
        <translation>no "capture" record: a framing case? Open it in the Framing Lab instead</translation>
    </message>
    <message>
        <source>written by a newer version (this one reads %1)</source>
        <translation>written by a newer version (this one reads %1)</translation>
    </message>
    <message>
        <source>unknown (a newer version?)</source>
        <translation>unknown (a newer version?)</translation>
    </message>
    <message>
        <source>before the end of input_hex</source>
        <translation>before the end of input_hex</translation>
    </message>
    <message>
        <source>expected [BYTES, "SPEC"]</source>
        <translation>expected [BYTES, "SPEC"]</translation>
    </message>
    <message>
        <source>expected [offset, time_us, seq]</source>
        <translation>expected [offset, time_us, seq]</translation>
    </message>
    <message>
        <source>out of order or past the end of the stream</source>
        <translation>out of order or past the end of the stream</translation>
    </message>
    <message>
        <source>expected pairs of hex digits</source>
        <translation>expected pairs of hex digits</translation>
    </message>
    <message>
        <source>pushed_end and sent_end disagree with the bytes</source>
        <translation>pushed_end and sent_end disagree with the bytes</translation>
    </message>
</context>
<context>
    <name>acw::capturefile::Reader</name>
    <message>
        <source>expected a whole number from %1</source>
        <translation>expected a whole number from %1</translation>
    </message>
    <message>
        <source>expected a terminator spec string</source>
        <translation>expected a terminator spec string</translation>
    </message>
    <message>
        <source>bad terminator "%1": %2</source>
        <translation>bad terminator "%1": %2</translation>
    </message>
    <message>
        <source>expected [offset, size, time_us, seq]</source>
        <translation>expected [offset, size, time_us, seq]</translation>
    </message>
    <message>
        <source>out of order or past the end of the stream</source>
        <translation>out of order or past the end of the stream</translation>
    </message>
</context>
<context>
    <name>acw::cli</name>
    <message>
        <source>Server to connect to; IPv6 as [::1]:PORT.</source>
        <translation>Server to connect to; IPv6 as [::1]:PORT.</translation>
    </message>
    <message>
        <source>Terminator: escaped bytes (\r\n, \n, \xHH), count:N or none. Default: \r\n.</source>
        <translation>Terminator: escaped bytes (\r\n, \n, \xHH), count:N or none. Default: \r\n.</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>Text to send first (escapes allowed); repeatable.</source>
        <translation>Text to send first (escapes allowed); repeatable.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Largest frame accepted, in bytes. Default: 1048576.</source>
        <translation>Largest frame accepted, in bytes. Default: 1048576.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Grace period after stdin ends, in ms. Default: 1000.</source>
        <translation>Grace period after stdin ends, in ms. Default: 1000.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Do not read standard input (only --send).</source>
        <translation>Do not read standard input (only --send).</translation>
    </message>
    <message>
        <source>expected one HOST:PORT</source>
        <translation>expected one HOST:PORT</translation>
    </message>
    <message>
        <source>'%1' is not HOST:PORT (IPv6 as [::1]:PORT)</source>
        <translation>'%1' is not HOST:PORT (IPv6 as [::1]:PORT)</translation>
    </message>
    <message>
        <source>--terminator: %1</source>
        <translation>--terminator: %1</translation>
    </message>
    <message>
        <source>--send: bad escape in '%1'</source>
        <translation>--send: bad escape in '%1'</translation>
    </message>
    <message>
        <source>--max-frame: expected a positive number of bytes</source>
        <translation>--max-frame: expected a positive number of bytes</translation>
    </message>
    <message>
        <source>--wait: expected milliseconds</source>
        <translation>--wait: expected milliseconds</translation>
    </message>
    <message>
        <source>--terminator: the count is larger than --max-frame</source>
        <translation>--terminator: the count is larger than --max-frame</translation>
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
        <translation>Feeds FILE (or standard input) through the framer and prints one line per frame.
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
--max-frame, or (--expect) a difference, printed; 2 usage or a malformed case.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Terminator script entry (repeatable).</source>
        <translation>Terminator script entry (repeatable).</translation>
    </message>
    <message>
        <source>Once the -t list is used up, set nothing more.</source>
        <translation>Once the -t list is used up, set nothing more.</translation>
    </message>
    <message>
        <source>Read sizes, used in turn (default 65536).</source>
        <translation>Read sizes, used in turn (default 65536).</translation>
    </message>
    <message>
        <source>Set SPEC once BYTES bytes were fed, between two reads (repeatable).</source>
        <translation>Set SPEC once BYTES bytes were fed, between two reads (repeatable).</translation>
    </message>
    <message>
        <source>Fail once a frame passes N bytes (default: no limit).</source>
        <translation>Fail once a frame passes N bytes (default: no limit).</translation>
    </message>
    <message>
        <source>Print JSON Lines.</source>
        <translation>Print JSON Lines.</translation>
    </message>
    <message>
        <source>Print only the totals and the elapsed time.</source>
        <translation>Print only the totals and the elapsed time.</translation>
    </message>
    <message>
        <source>Replay the case FILE and compare with its expected frames and end state.</source>
        <translation>Replay the case FILE and compare with its expected frames and end state.</translation>
    </message>
    <message>
        <source>Also write this run as a case FILE.</source>
        <translation>Also write this run as a case FILE.</translation>
    </message>
    <message>
        <source>Input file; - or nothing for stdin.</source>
        <translation>Input file; - or nothing for stdin.</translation>
    </message>
    <message>
        <source>try 'asynchat-workbench frame --help'</source>
        <translation>try 'asynchat-workbench frame --help'</translation>
    </message>
    <message>
        <source>Usage: asynchat-workbench frame [-t SPEC]... [--no-repeat] [--chunks N[,N...]] [--set-at BYTES:SPEC]... [--max-frame N] [--json|--summary] [--save-case FILE] [FILE|-]
       asynchat-workbench frame --expect CASE</source>
        <translation>Usage: asynchat-workbench frame [-t SPEC]... [--no-repeat] [--chunks N[,N...]] [--set-at BYTES:SPEC]... [--max-frame N] [--json|--summary] [--save-case FILE] [FILE|-]
       asynchat-workbench frame --expect CASE</translation>
    </message>
    <message>
        <source>--expect replays the case file alone; --%1 belongs in the file</source>
        <translation>--expect replays the case file alone; --%1 belongs in the file</translation>
    </message>
    <message>
        <source>--expect takes its input from the case file</source>
        <translation>--expect takes its input from the case file</translation>
    </message>
    <message>
        <source>--max-frame needs a number of bytes, not '%1'</source>
        <translation>--max-frame needs a number of bytes, not '%1'</translation>
    </message>
    <message>
        <source>bad terminator '%1': %2</source>
        <translation>bad terminator '%1': %2</translation>
    </message>
    <message>
        <source>terminator %1 is larger than --max-frame %2</source>
        <translation>terminator %1 is larger than --max-frame %2</translation>
    </message>
    <message>
        <source>--chunks needs sizes from 1 to 1073741824, not '%1'</source>
        <translation>--chunks needs sizes from 1 to 1073741824, not '%1'</translation>
    </message>
    <message>
        <source>--json and --summary exclude each other</source>
        <translation>--json and --summary exclude each other</translation>
    </message>
    <message>
        <source>one input file at most</source>
        <translation>one input file at most</translation>
    </message>
    <message>
        <source>cannot read case %1: %2</source>
        <translation>cannot read case %1: %2</translation>
    </message>
    <message>
        <source>malformed case %1: %2</source>
        <translation>malformed case %1: %2</translation>
    </message>
    <message>
        <source>malformed case %1: no "expect" object to compare with</source>
        <translation>malformed case %1: no "expect" object to compare with</translation>
    </message>
    <message>
        <source>ok: %1 frames and the end state as expected (%2)</source>
        <translation>ok: %1 frames and the end state as expected (%2)</translation>
    </message>
    <message>
        <source>differs from %1:</source>
        <translation>differs from %1:</translation>
    </message>
    <message>
        <source>cannot write case %1: %2</source>
        <translation>cannot write case %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>read error on %1: %2</source>
        <translation>read error on %1: %2</translation>
    </message>
    <message>
        <source>no frame limit</source>
        <translation>no frame limit</translation>
    </message>
    <message>
        <source>max frame %1 bytes</source>
        <translation>max frame %1 bytes</translation>
    </message>
    <message>
        <source>all interfaces, port %1</source>
        <translation>all interfaces, port %1</translation>
    </message>
    <message>
        <source>Serving echo on %1 (terminator %2, %3)</source>
        <translation>Serving echo on %1 (terminator %2, %3)</translation>
    </message>
    <message>
        <source>Serving manual (silent) on %1 (terminator %2, %3)</source>
        <translation>Serving manual (silent) on %1 (terminator %2, %3)</translation>
    </message>
    <message>
        <source>Serving chat on %1 (lines end in %2, %3)</source>
        <translation>Serving chat on %1 (lines end in %2, %3)</translation>
    </message>
    <message>
        <source>Serving greeting on %1 - try %2kongxx</source>
        <translation>Serving greeting on %1 - try %2kongxx</translation>
    </message>
    <message>
        <source>Runs a protocol profile's server without a window. The greeting profile is the seed's
HTTP server: open http://127.0.0.1:8888/kongxx and it says "Hello kongxx!".
Prints the address it serves on first, then one line per connection (unless --quiet).
Stops cleanly on Ctrl+C (SIGINT) or SIGTERM. Exit status: 0 stopped, 1 cannot listen
(e.g. port in use), 2 usage error.</source>
        <translation>Runs a protocol profile's server without a window. The greeting profile is the seed's
HTTP server: open http://127.0.0.1:8888/kongxx and it says "Hello kongxx!".
Prints the address it serves on first, then one line per connection (unless --quiet).
Stops cleanly on Ctrl+C (SIGINT) or SIGTERM. Exit status: 0 stopped, 1 cannot listen
(e.g. port in use), 2 usage error.</translation>
    </message>
    <message>
        <source>Do not print a line per connection.</source>
        <translation>Do not print a line per connection.</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>unexpected argument '%1'</translation>
    </message>
    <message>
        <source>warning: listening on ALL interfaces; other machines can connect</source>
        <translation>warning: listening on ALL interfaces; other machines can connect</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Press Ctrl+C to stop.</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>cannot listen on %1:%2: %3</translation>
    </message>
    <message>
        <source>accepting paused: %1</source>
        <translation>accepting paused: %1</translation>
    </message>
    <message>
        <source>accepting resumed</source>
        <translation>accepting resumed</translation>
    </message>
    <message>
        <source>%1 #%2 %3 opened</source>
        <translation>%1 #%2 %3 opened</translation>
    </message>
    <message>
        <source>%1 #%2 %3 closed%4</source>
        <translation>%1 #%2 %3 closed%4</translation>
    </message>
    <message>
        <source>Stopping (%1).</source>
        <translation>Stopping (%1).</translation>
    </message>
    <message>
        <source>greeting (HTTP), echo, chat or manual (silent: frames, never answers). Default: greeting.</source>
        <translation>greeting (HTTP), echo, chat or manual (silent: frames, never answers). Default: greeting.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Address to listen on: an IP, 'localhost' (127.0.0.1 and ::1) or 'any' (all interfaces, with a warning). Default: 127.0.0.1.</source>
        <translation>Address to listen on: an IP, 'localhost' (127.0.0.1 and ::1) or 'any' (all interfaces, with a warning). Default: 127.0.0.1.</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADDR</translation>
    </message>
    <message>
        <source>Port; 0 picks a free one (printed). Default: 8888.</source>
        <translation>Port; 0 picks a free one (printed). Default: 8888.</translation>
    </message>
    <message>
        <source>echo/chat terminator: escaped bytes (\r\n, \n, qqq, \xHH), count:N or none.</source>
        <translation>echo/chat terminator: escaped bytes (\r\n, \n, qqq, \xHH), count:N or none.</translation>
    </message>
    <message>
        <source>echo/chat maximum frame in bytes, -1 for none.</source>
        <translation>echo/chat maximum frame in bytes, -1 for none.</translation>
    </message>
    <message>
        <source>Connection cap (0: none). Default: 1024.</source>
        <translation>Connection cap (0: none). Default: 1024.</translation>
    </message>
    <message>
        <source>greeting: total deadline for a request head, in ms. Default: 10000.</source>
        <translation>greeting: total deadline for a request head, in ms. Default: 10000.</translation>
    </message>
    <message>
        <source>echo: idle deadline in ms (chat has none). Default: 60000.</source>
        <translation>echo: idle deadline in ms (chat has none). Default: 60000.</translation>
    </message>
    <message>
        <source>Every profile: close a connection whose output made no progress for this long, in ms (0: never). Default: 30000.</source>
        <translation>Every profile: close a connection whose output made no progress for this long, in ms (0: never). Default: 30000.</translation>
    </message>
    <message>
        <source>--bind: '%1' is not an IP address, 'localhost' or 'any'</source>
        <translation>--bind: '%1' is not an IP address, 'localhost' or 'any'</translation>
    </message>
    <message>
        <source>--port: '%1' is not a port number (0-65535)</source>
        <translation>--port: '%1' is not a port number (0-65535)</translation>
    </message>
    <message>
        <source>--%1: '%2' is not a number from %3 to %4</source>
        <translation>--%1: '%2' is not a number from %3 to %4</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>unknown option --%1</translation>
    </message>
    <message>
        <source>An async_chat client. Pushes each --send, then each line of standard input, with the
terminator appended, and prints every frame received as "[index] escaped-text".
A stdin line ":terminator SPEC" changes the terminator (both ways) from then on;
":starttls" upgrades the connection to TLS (after the protocol's own command).
Exits when the peer closes, or when stdin has ended and no frame came for the grace
period (--wait, default 1000 ms). Exit status: 0 done, 1 cannot connect or the
connection failed, 2 usage error.</source>
        <translation>An async_chat client. Pushes each --send, then each line of standard input, with the
terminator appended, and prints every frame received as "[index] escaped-text".
A stdin line ":terminator SPEC" changes the terminator (both ways) from then on;
":starttls" upgrades the connection to TLS (after the protocol's own command).
Exits when the peer closes, or when stdin has ended and no frame came for the grace
period (--wait, default 1000 ms). Exit status: 0 done, 1 cannot connect or the
connection failed, 2 usage error.</translation>
    </message>
    <message>
        <source>Talk TLS (the peer is verified against the system CAs).</source>
        <translation>Talk TLS (the peer is verified against the system CAs).</translation>
    </message>
    <message>
        <source>Trust this CA (PEM) as well as the system's.</source>
        <translation>Trust this CA (PEM) as well as the system's.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Accept exactly this peer certificate (SHA-256, hex), even self-signed.</source>
        <translation>Accept exactly this peer certificate (SHA-256, hex), even self-signed.</translation>
    </message>
    <message>
        <source>SHA256HEX</source>
        <translation>SHA256HEX</translation>
    </message>
    <message>
        <source> ... (%1 bytes)</source>
        <translation> ... (%1 bytes)</translation>
    </message>
    <message>
        <source> (no terminator: the stream ended)</source>
        <translation> (no terminator: the stream ended)</translation>
    </message>
    <message>
        <source>--listen: '%1' is not ADDR:PORT (IPv6 as [::1]:PORT; port 0 picks one)</source>
        <translation>--listen: '%1' is not ADDR:PORT (IPv6 as [::1]:PORT; port 0 picks one)</translation>
    </message>
    <message>
        <source>--listen: '%1' is not an IP address</source>
        <translation>--listen: '%1' is not an IP address</translation>
    </message>
    <message>
        <source>--to HOST:PORT is required</source>
        <translation>--to HOST:PORT is required</translation>
    </message>
    <message>
        <source>--to: '%1' is not HOST:PORT (IPv6 as [::1]:PORT)</source>
        <translation>--to: '%1' is not HOST:PORT (IPv6 as [::1]:PORT)</translation>
    </message>
    <message>
        <source>--reply-terminator: %1</source>
        <translation>--reply-terminator: %1</translation>
    </message>
    <message>
        <source>--max-connections: expected a number (0: no cap)</source>
        <translation>--max-connections: expected a number (0: no cap)</translation>
    </message>
    <message>
        <source>--connect-timeout: expected milliseconds</source>
        <translation>--connect-timeout: expected milliseconds</translation>
    </message>
    <message>
        <source>--ca and --accept-fingerprint apply to the upstream and need --tls</source>
        <translation>--ca and --accept-fingerprint apply to the upstream and need --tls</translation>
    </message>
    <message>
        <source>A relay between real programs: each client that connects to --listen gets its own
connection to --to; every byte is passed on unchanged and in order. Both directions
are framed for display: one line per frame, "&gt;" client to server, "&lt;" back.
Prints where it listens first. Stops cleanly on Ctrl+C (SIGINT) or SIGTERM.
Exit status: 0 stopped, 1 cannot listen or bad TLS files, 2 usage error.</source>
        <translation>A relay between real programs: each client that connects to --listen gets its own
connection to --to; every byte is passed on unchanged and in order. Both directions
are framed for display: one line per frame, "&gt;" client to server, "&lt;" back.
Prints where it listens first. Stops cleanly on Ctrl+C (SIGINT) or SIGTERM.
Exit status: 0 stopped, 1 cannot listen or bad TLS files, 2 usage error.</translation>
    </message>
    <message>
        <source>Address to listen on; port 0 picks a free one. Default: 127.0.0.1:0.</source>
        <translation>Address to listen on; port 0 picks a free one. Default: 127.0.0.1:0.</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ADDR:PORT</translation>
    </message>
    <message>
        <source>The server each client is relayed to.</source>
        <translation>The server each client is relayed to.</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>Frames client to server end with this: escaped bytes (\r\n, \n, \xHH), count:N or none. Default: \r\n.</source>
        <translation>Frames client to server end with this: escaped bytes (\r\n, \n, \xHH), count:N or none. Default: \r\n.</translation>
    </message>
    <message>
        <source>Frames server to client. Default: --terminator.</source>
        <translation>Frames server to client. Default: --terminator.</translation>
    </message>
    <message>
        <source>Print no frames (they are still counted).</source>
        <translation>Print no frames (they are still counted).</translation>
    </message>
    <message>
        <source>Clients at once (0: no cap). Default: 1024.</source>
        <translation>Clients at once (0: no cap). Default: 1024.</translation>
    </message>
    <message>
        <source>Deadline for the upstream connect, ms. Default: 10000.</source>
        <translation>Deadline for the upstream connect, ms. Default: 10000.</translation>
    </message>
    <message>
        <source>Talk TLS to the upstream (verified against the system CAs).</source>
        <translation>Talk TLS to the upstream (verified against the system CAs).</translation>
    </message>
    <message>
        <source>Accept exactly this upstream certificate (SHA-256, hex).</source>
        <translation>Accept exactly this upstream certificate (SHA-256, hex).</translation>
    </message>
    <message>
        <source>Clients talk TLS to the relay: certificate (PEM).</source>
        <translation>Clients talk TLS to the relay: certificate (PEM).</translation>
    </message>
    <message>
        <source>Its private key (PEM).</source>
        <translation>Its private key (PEM).</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>cannot listen on %1: %2</translation>
    </message>
    <message>
        <source>Relaying on %1 to %2:%3 (client to server frames end in %4, server to client in %5)%6</source>
        <translation>Relaying on %1 to %2:%3 (client to server frames end in %4, server to client in %5)%6</translation>
    </message>
    <message>
        <source>, clients talk TLS</source>
        <translation>, clients talk TLS</translation>
    </message>
    <message>
        <source>, TLS to the server</source>
        <translation>, TLS to the server</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 refused: %2</translation>
    </message>
    <message>
        <source>%1 #%2 server %3 connected</source>
        <translation>%1 #%2 server %3 connected</translation>
    </message>
    <message>
        <source>%1 #%2 closed%3</source>
        <translation>%1 #%2 closed%3</translation>
    </message>
    <message>
        <source>#%1 closed: %2</source>
        <translation>#%1 closed: %2</translation>
    </message>
    <message>
        <source>Serve over TLS with this certificate (PEM).</source>
        <translation>Serve over TLS with this certificate (PEM).</translation>
    </message>
    <message>
        <source>The certificate's private key (PEM).</source>
        <translation>The certificate's private key (PEM).</translation>
    </message>
    <message>
        <source>--profile: unknown profile '%1' (choose one of: greeting, echo, chat, manual)</source>
        <translation>--profile: unknown profile '%1' (choose one of: greeting, echo, chat, manual)</translation>
    </message>
    <message>
        <source>--set-at: %1</source>
        <translation>--set-at: %1</translation>
    </message>
    <message>
        <source> (TLS: %1)</source>
        <translation> (TLS: %1)</translation>
    </message>
    <message>
        <source> (client TLS: %1)</source>
        <translation> (client TLS: %1)</translation>
    </message>
</context>
<context>
    <name>acw::cli::LineClient</name>
    <message>
        <source>cannot connect to %1:%2: timed out after %3 ms</source>
        <translation>cannot connect to %1:%2: timed out after %3 ms</translation>
    </message>
    <message>
        <source>cannot connect to %1:%2: %3</source>
        <translation>cannot connect to %1:%2: %3</translation>
    </message>
    <message>
        <source>connection closed by the peer</source>
        <translation>connection closed by the peer</translation>
    </message>
    <message>
        <source>:terminator: %1</source>
        <translation>:terminator: %1</translation>
    </message>
    <message>
        <source>:terminator: %1 is larger than the maximum frame</source>
        <translation>:terminator: %1 is larger than the maximum frame</translation>
    </message>
    <message>
        <source>terminator is now %1</source>
        <translation>terminator is now %1</translation>
    </message>
    <message>
        <source>TLS started: %1</source>
        <translation>TLS started: %1</translation>
    </message>
    <message>
        <source>:starttls: not connected</source>
        <translation>:starttls: not connected</translation>
    </message>
</context>
<context>
    <name>acw::cli::Printer</name>
    <message>
        <source>frame %1 (%2, %3 bytes) "%4"</source>
        <translation>frame %1 (%2, %3 bytes) "%4"</translation>
    </message>
    <message>
        <source>error: frame %1 is longer than %2 bytes (--max-frame); framing stopped</source>
        <translation>error: frame %1 is longer than %2 bytes (--max-frame); framing stopped</translation>
    </message>
    <message>
        <source>terminator %1 set at byte %2 (outside a callback)</source>
        <translation>terminator %1 set at byte %2 (outside a callback)</translation>
    </message>
    <message>
        <source>end: %1 bytes pending "%2", held back "%3", terminator %4</source>
        <translation>end: %1 bytes pending "%2", held back "%3", terminator %4</translation>
    </message>
    <message>
        <source>input:      %1 bytes</source>
        <translation>input:      %1 bytes</translation>
    </message>
    <message>
        <source>frames:     %1</source>
        <translation>frames:     %1</translation>
    </message>
    <message>
        <source>framed:     %1 bytes of frame data</source>
        <translation>framed:     %1 bytes of frame data</translation>
    </message>
    <message>
        <source>pending:    %1 bytes</source>
        <translation>pending:    %1 bytes</translation>
    </message>
    <message>
        <source>held back:  %1 bytes</source>
        <translation>held back:  %1 bytes</translation>
    </message>
    <message>
        <source>terminator: %1</source>
        <translation>terminator: %1</translation>
    </message>
    <message>
        <source>stopped:    a frame exceeded --max-frame %1</source>
        <translation>stopped:    a frame exceeded --max-frame %1</translation>
    </message>
    <message>
        <source>elapsed:    %1 s (%2 MB/s)</source>
        <translation>elapsed:    %1 s (%2 MB/s)</translation>
    </message>
</context>
<context>
    <name>acw::gui</name>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
</context>
<context>
    <name>acw::messages</name>
    <message>
        <source>client side: %1</source>
        <translation>client side: %1</translation>
    </message>
    <message>
        <source>server side: %1</source>
        <translation>server side: %1</translation>
    </message>
    <message>
        <source>cannot connect to the server: %1</source>
        <translation>cannot connect to the server: %1</translation>
    </message>
    <message>
        <source>idle timeout: nothing received for %1 ms</source>
        <translation>idle timeout: nothing received for %1 ms</translation>
    </message>
    <message>
        <source>deadline of %1 ms passed</source>
        <translation>deadline of %1 ms passed</translation>
    </message>
    <message>
        <source>no complete request within %1 ms</source>
        <translation>no complete request within %1 ms</translation>
    </message>
    <message>
        <source>408 Request Timeout: no complete request within %1 ms</source>
        <translation>408 Request Timeout: no complete request within %1 ms</translation>
    </message>
    <message>
        <source>timeout after %1 ms</source>
        <translation>timeout after %1 ms</translation>
    </message>
    <message>
        <source>STARTTLS: this connection was not opened with STARTTLS allowed</source>
        <translation>STARTTLS: this connection was not opened with STARTTLS allowed</translation>
    </message>
    <message>
        <source>STARTTLS: TLS has already started</source>
        <translation>STARTTLS: TLS has already started</translation>
    </message>
    <message>
        <source>STARTTLS: not connected</source>
        <translation>STARTTLS: not connected</translation>
    </message>
    <message>
        <source>STARTTLS: not a client connection</source>
        <translation>STARTTLS: not a client connection</translation>
    </message>
    <message>
        <source>connection reset by peer</source>
        <translation>connection reset by peer</translation>
    </message>
    <message>
        <source>frame longer than %1 bytes</source>
        <translation>frame longer than %1 bytes</translation>
    </message>
    <message>
        <source>write timeout: no progress for %1 ms</source>
        <translation>write timeout: no progress for %1 ms</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connection refused</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>host not found</translation>
    </message>
    <message>
        <source>connect timed out after %1 ms</source>
        <translation>connect timed out after %1 ms</translation>
    </message>
    <message>
        <source>connect timed out</source>
        <translation>connect timed out</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>protocol error</translation>
    </message>
    <message>
        <source>dropped from the chat: a slow reader (%1 bytes unsent)</source>
        <translation>dropped from the chat: a slow reader (%1 bytes unsent)</translation>
    </message>
    <message>
        <source>evicted: connection limit reached, not reading its output</source>
        <translation>evicted: connection limit reached, not reading its output</translation>
    </message>
    <message>
        <source>evicted: connection limit reached</source>
        <translation>evicted: connection limit reached</translation>
    </message>
    <message>
        <source>terminator count:%1 exceeds the maximum frame size (%2 bytes)</source>
        <translation>terminator count:%1 exceeds the maximum frame size (%2 bytes)</translation>
    </message>
    <message>
        <source>TLS handshake not done after %1 ms</source>
        <translation>TLS handshake not done after %1 ms</translation>
    </message>
    <message>
        <source>closed during the TLS handshake</source>
        <translation>closed during the TLS handshake</translation>
    </message>
    <message>
        <source>closed from the workbench</source>
        <translation>closed from the workbench</translation>
    </message>
    <message>
        <source>relay stopped</source>
        <translation>relay stopped</translation>
    </message>
    <message>
        <source>connection cap (%1) reached</source>
        <translation>connection cap (%1) reached</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <source>closed in order</source>
        <translation>closed in order</translation>
    </message>
    <message>
        <source>the peer closed the connection</source>
        <translation>the peer closed the connection</translation>
    </message>
    <message>
        <source>permission denied (ports below 1024 need privileges)</source>
        <translation>permission denied (ports below 1024 need privileges)</translation>
    </message>
    <message>
        <source>out of sockets or memory</source>
        <translation>out of sockets or memory</translation>
    </message>
    <message>
        <source>the operation timed out</source>
        <translation>the operation timed out</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>network error</translation>
    </message>
    <message>
        <source>the address is already in use</source>
        <translation>the address is already in use</translation>
    </message>
    <message>
        <source>the address is not available on this machine</source>
        <translation>the address is not available on this machine</translation>
    </message>
    <message>
        <source>unsupported operation (is IPv6 available?)</source>
        <translation>unsupported operation (is IPv6 available?)</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS handshake failed</translation>
    </message>
    <message>
        <source>socket error %1</source>
        <translation>socket error %1</translation>
    </message>
    <message>
        <source>socket error: %1</source>
        <translation>socket error: %1</translation>
    </message>
    <message>
        <source>request line longer than %1 bytes</source>
        <translation>request line longer than %1 bytes</translation>
    </message>
    <message>
        <source>header line longer than %1 bytes</source>
        <translation>header line longer than %1 bytes</translation>
    </message>
    <message>
        <source>headers longer than %1 bytes</source>
        <translation>headers longer than %1 bytes</translation>
    </message>
    <message>
        <source>more than %1 header lines</source>
        <translation>more than %1 header lines</translation>
    </message>
    <message>
        <source>too many empty lines before the request line</source>
        <translation>too many empty lines before the request line</translation>
    </message>
    <message>
        <source>control byte in the request line</source>
        <translation>control byte in the request line</translation>
    </message>
    <message>
        <source>HTTP/0.9 request lines are not served</source>
        <translation>HTTP/0.9 request lines are not served</translation>
    </message>
    <message>
        <source>malformed request line</source>
        <translation>malformed request line</translation>
    </message>
    <message>
        <source>invalid method</source>
        <translation>invalid method</translation>
    </message>
    <message>
        <source>methods are case-sensitive</source>
        <translation>methods are case-sensitive</translation>
    </message>
    <message>
        <source>malformed HTTP version</source>
        <translation>malformed HTTP version</translation>
    </message>
    <message>
        <source>unsupported HTTP version</source>
        <translation>unsupported HTTP version</translation>
    </message>
    <message>
        <source>method not allowed</source>
        <translation>method not allowed</translation>
    </message>
    <message>
        <source>the request target is not an absolute path</source>
        <translation>the request target is not an absolute path</translation>
    </message>
    <message>
        <source>header line without a colon</source>
        <translation>header line without a colon</translation>
    </message>
    <message>
        <source>invalid header name</source>
        <translation>invalid header name</translation>
    </message>
    <message>
        <source>control byte in a header value</source>
        <translation>control byte in a header value</translation>
    </message>
    <message>
        <source>duplicate Host header</source>
        <translation>duplicate Host header</translation>
    </message>
    <message>
        <source>duplicate Content-Length header</source>
        <translation>duplicate Content-Length header</translation>
    </message>
    <message>
        <source>invalid Content-Length</source>
        <translation>invalid Content-Length</translation>
    </message>
    <message>
        <source>a request body is not accepted</source>
        <translation>a request body is not accepted</translation>
    </message>
    <message>
        <source>Transfer-Encoding is not accepted</source>
        <translation>Transfer-Encoding is not accepted</translation>
    </message>
    <message>
        <source>HTTP/1.1 request without Host</source>
        <translation>HTTP/1.1 request without Host</translation>
    </message>
    <message>
        <source>no such page (names have one path segment)</source>
        <translation>no such page (names have one path segment)</translation>
    </message>
    <message>
        <source>fragment in the request target</source>
        <translation>fragment in the request target</translation>
    </message>
    <message>
        <source>malformed percent-escape</source>
        <translation>malformed percent-escape</translation>
    </message>
    <message>
        <source>the name is not valid UTF-8</source>
        <translation>the name is not valid UTF-8</translation>
    </message>
    <message>
        <source>control character in the name</source>
        <translation>control character in the name</translation>
    </message>
    <message>
        <source>the decoded name contains '/'</source>
        <translation>the decoded name contains '/'</translation>
    </message>
    <message>
        <source>dot segment</source>
        <translation>dot segment</translation>
    </message>
    <message>
        <source>not a server profile (choose one of: greeting, echo, chat, manual)</source>
        <translation>not a server profile (choose one of: greeting, echo, chat, manual)</translation>
    </message>
    <message>
        <source>the greeting profile speaks HTTP: its terminator is fixed (lines end in \r\n or \n)</source>
        <translation>the greeting profile speaks HTTP: its terminator is fixed (lines end in \r\n or \n)</translation>
    </message>
    <message>
        <source>the greeting profile has fixed limits (request line %1 bytes, headers %2 bytes)</source>
        <translation>the greeting profile has fixed limits (request line %1 bytes, headers %2 bytes)</translation>
    </message>
    <message>
        <source>the header timeout cannot be negative</source>
        <translation>the header timeout cannot be negative</translation>
    </message>
    <message>
        <source>the maximum frame must be a positive number of bytes (or unlimited)</source>
        <translation>the maximum frame must be a positive number of bytes (or unlimited)</translation>
    </message>
    <message>
        <source>terminator count:%1 is larger than the maximum frame of %2 bytes</source>
        <translation>terminator count:%1 is larger than the maximum frame of %2 bytes</translation>
    </message>
    <message>
        <source>the idle timeout cannot be negative</source>
        <translation>the idle timeout cannot be negative</translation>
    </message>
    <message>
        <source>the chat profile is line based: its terminator must be bytes, such as \n or \r\n</source>
        <translation>the chat profile is line based: its terminator must be bytes, such as \n or \r\n</translation>
    </message>
    <message>
        <source>TLS is not available: Qt has no TLS backend (install Qt's OpenSSL plugin)</source>
        <translation>TLS is not available: Qt has no TLS backend (install Qt's OpenSSL plugin)</translation>
    </message>
    <message>
        <source>TLS needs both --tls-cert and --tls-key</source>
        <translation>TLS needs both --tls-cert and --tls-key</translation>
    </message>
    <message>
        <source>cannot read certificate %1: %2</source>
        <translation>cannot read certificate %1: %2</translation>
    </message>
    <message>
        <source>cannot read key %1: %2</source>
        <translation>cannot read key %1: %2</translation>
    </message>
    <message>
        <source>cannot read CA file %1: %2</source>
        <translation>cannot read CA file %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 holds no PEM certificate</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key</source>
        <translation>%1 holds no unencrypted PEM private key</translation>
    </message>
    <message>
        <source>the key in %1 does not match the certificate in %2</source>
        <translation>the key in %1 does not match the certificate in %2</translation>
    </message>
    <message>
        <source>'%1' is not a SHA-256 fingerprint (64 hex digits)</source>
        <translation>'%1' is not a SHA-256 fingerprint (64 hex digits)</translation>
    </message>
    <message>
        <source>invalid bind address: %1</source>
        <translation>invalid bind address: %1</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>cannot listen on %1: %2</translation>
    </message>
    <message>
        <source>connection limit (%1) reached: refusing new connections</source>
        <translation>connection limit (%1) reached: refusing new connections</translation>
    </message>
    <message>
        <source>connection limit (%1) reached: closing idle connections that sent no request</source>
        <translation>connection limit (%1) reached: closing idle connections that sent no request</translation>
    </message>
    <message>
        <source>connection limit (%1) reached: closing connections that do not read their output</source>
        <translation>connection limit (%1) reached: closing connections that do not read their output</translation>
    </message>
    <message>
        <source>too many open files (EMFILE)</source>
        <translation>too many open files (EMFILE)</translation>
    </message>
    <message>
        <source>too many open files in the system (ENFILE)</source>
        <translation>too many open files in the system (ENFILE)</translation>
    </message>
    <message>
        <source>accept failed: %1</source>
        <translation>accept failed: %1</translation>
    </message>
    <message>
        <source>server error %1</source>
        <translation>server error %1</translation>
    </message>
    <message>
        <source>empty terminator spec (use "none" for no terminator)</source>
        <translation>empty terminator spec (use "none" for no terminator)</translation>
    </message>
    <message>
        <source>unknown or incomplete escape (allowed: \r \n \t \0 \\ \xHH)</source>
        <translation>unknown or incomplete escape (allowed: \r \n \t \0 \\ \xHH)</translation>
    </message>
    <message>
        <source>count:N needs a whole number of bytes</source>
        <translation>count:N needs a whole number of bytes</translation>
    </message>
    <message>
        <source>the number of bytes must not be negative</source>
        <translation>the number of bytes must not be negative</translation>
    </message>
    <message>
        <source>the byte count is too large</source>
        <translation>the byte count is too large</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>greeting</translation>
    </message>
    <message>
        <source>echo</source>
        <translation>echo</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>relay</source>
        <translation>relay</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>server %1 connected</source>
        <translation>server %1 connected</translation>
    </message>
    <message>
        <source>client ended its stream (%1 bytes)</source>
        <translation>client ended its stream (%1 bytes)</translation>
    </message>
    <message>
        <source>server ended its stream (%1 bytes)</source>
        <translation>server ended its stream (%1 bytes)</translation>
    </message>
    <message>
        <source>passed the client's end of stream to the server</source>
        <translation>passed the client's end of stream to the server</translation>
    </message>
    <message>
        <source>passed the server's end of stream to the client</source>
        <translation>passed the server's end of stream to the client</translation>
    </message>
    <message>
        <source>client to server terminator is now %1</source>
        <translation>client to server terminator is now %1</translation>
    </message>
    <message>
        <source>server to client terminator is now %1</source>
        <translation>server to client terminator is now %1</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 refused: %2</translation>
    </message>
    <message>
        <source>The certificate is self-signed, and untrusted</source>
        <translation>The certificate is self-signed, and untrusted</translation>
    </message>
    <message>
        <source>The root certificate of the certificate chain is self-signed, and untrusted</source>
        <translation>The root certificate of the certificate chain is self-signed, and untrusted</translation>
    </message>
    <message>
        <source>The host name did not match any of the valid hosts for this certificate</source>
        <translation>The host name did not match any of the valid hosts for this certificate</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>The certificate has expired</translation>
    </message>
    <message>
        <source>The certificate is not yet valid</source>
        <translation>The certificate is not yet valid</translation>
    </message>
    <message>
        <source>The issuer certificate of a locally looked up certificate could not be found</source>
        <translation>The issuer certificate of a locally looked up certificate could not be found</translation>
    </message>
    <message>
        <source>No certificates could be verified</source>
        <translation>No certificates could be verified</translation>
    </message>
    <message>
        <source>The root CA certificate is not trusted for this purpose</source>
        <translation>The root CA certificate is not trusted for this purpose</translation>
    </message>
    <message>
        <source>The certificate has been revoked</source>
        <translation>The certificate has been revoked</translation>
    </message>
    <message>
        <source>The supplied certificate is unsuitable for this purpose</source>
        <translation>The supplied certificate is unsuitable for this purpose</translation>
    </message>
    <message>
        <source>The peer did not present any certificate</source>
        <translation>The peer did not present any certificate</translation>
    </message>
    <message>
        <source>another check failed</source>
        <translation>another check failed</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between certificate checks</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>certificate refused: %1</source>
        <translation>certificate refused: %1</translation>
    </message>
    <message>
        <source>certificate refused: its SHA-256 fingerprint %1 is not the accepted one (%2)</source>
        <translation>certificate refused: its SHA-256 fingerprint %1 is not the accepted one (%2)</translation>
    </message>
    <message>
        <source>certificate refused: %1 (SHA-256 fingerprint %2; to trust exactly this certificate: --accept-fingerprint %3)</source>
        <translation>certificate refused: %1 (SHA-256 fingerprint %2; to trust exactly this certificate: --accept-fingerprint %3)</translation>
    </message>
    <message>
        <source>terminator %1 is larger than the maximum frame (%2 bytes)</source>
        <translation>terminator %1 is larger than the maximum frame (%2 bytes)</translation>
    </message>
    <message>
        <source>a change point must not be negative (%1)</source>
        <translation>a change point must not be negative (%1)</translation>
    </message>
    <message>
        <source>read sizes must be at least 1 byte (%1)</source>
        <translation>read sizes must be at least 1 byte (%1)</translation>
    </message>
    <message>
        <source>"%1" is not BYTES:SPEC (BYTES: a number of bytes from 0, as in 12:count:5)</source>
        <translation>"%1" is not BYTES:SPEC (BYTES: a number of bytes from 0, as in 12:count:5)</translation>
    </message>
    <message>
        <source>bad terminator "%1": %2</source>
        <translation>bad terminator "%1": %2</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>not JSON: %1 at offset %2</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>the file must hold one JSON object</translation>
    </message>
    <message>
        <source>expected a whole number from %1</source>
        <translation>expected a whole number from %1</translation>
    </message>
    <message>
        <source>expected a terminator spec string</source>
        <translation>expected a terminator spec string</translation>
    </message>
    <message>
        <source>give %1 or %2, not both</source>
        <translation>give %1 or %2, not both</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>missing %1</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 must be a string</translation>
    </message>
    <message>
        <source>%1 has a character that is not a hex digit</source>
        <translation>%1 has a character that is not a hex digit</translation>
    </message>
    <message>
        <source>%1 has an odd number of hex digits</source>
        <translation>%1 has an odd number of hex digits</translation>
    </message>
    <message>
        <source>%1 has a bad escape (allowed: \r \n \t \0 \\ \xHH)</source>
        <translation>%1 has a bad escape (allowed: \r \n \t \0 \\ \xHH)</translation>
    </message>
    <message>
        <source>expected a list of read sizes, like [3, 1]</source>
        <translation>expected a list of read sizes, like [3, 1]</translation>
    </message>
    <message>
        <source>expected a list of specs, like ["\\r\\n", "count:5"]</source>
        <translation>expected a list of specs, like ["\\r\\n", "count:5"]</translation>
    </message>
    <message>
        <source>expected [BYTES, "SPEC"]</source>
        <translation>expected [BYTES, "SPEC"]</translation>
    </message>
    <message>
        <source>expected a list of [BYTES, "SPEC"] pairs</source>
        <translation>expected a list of [BYTES, "SPEC"] pairs</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>expected a list of frames, like [{"data_hex": "6869"}]</source>
        <translation>expected a list of frames, like [{"data_hex": "6869"}]</translation>
    </message>
    <message>
        <source>expected an object with data_hex</source>
        <translation>expected an object with data_hex</translation>
    </message>
    <message>
        <source>expected an object with frames, pending_hex, held_back_hex, terminator</source>
        <translation>expected an object with frames, pending_hex, held_back_hex, terminator</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a place in a file: what is wrong</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>"%1%2" (%3 bytes)</source>
        <translation>"%1%2" (%3 bytes)</translation>
    </message>
    <message>
        <source>frames: expected %1, got %2</source>
        <translation>frames: expected %1, got %2</translation>
    </message>
    <message>
        <source>frame %1: expected %2, got %3</source>
        <translation>frame %1: expected %2, got %3</translation>
    </message>
    <message>
        <source>frame %1 terminator: expected %2, got %3</source>
        <translation>frame %1 terminator: expected %2, got %3</translation>
    </message>
    <message>
        <source>frame %1: expected %2, missing</source>
        <translation>frame %1: expected %2, missing</translation>
    </message>
    <message>
        <source>frame %1: not expected, got %2</source>
        <translation>frame %1: not expected, got %2</translation>
    </message>
    <message>
        <source>pending: expected %1, got %2</source>
        <translation>pending: expected %1, got %2</translation>
    </message>
    <message>
        <source>held back: expected %1, got %2</source>
        <translation>held back: expected %1, got %2</translation>
    </message>
    <message>
        <source>terminator at the end: expected %1, got %2</source>
        <translation>terminator at the end: expected %1, got %2</translation>
    </message>
    <message>
        <source>frame too long: expected %1, got %2</source>
        <translation>frame too long: expected %1, got %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
</TS>