#include "panels/guidedialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace acw {

GuideDialog::GuideDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("asynchat in 5 minutes"));
    auto *browser = new QTextBrowser(this);
    browser->setObjectName(QStringLiteral("guideBrowser"));
    browser->setHtml(guideHtml());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    resize(640, 560);
}

QString GuideDialog::guideHtml()
{
    const QStringList paragraphs = {
        tr("<h2>asynchat in 5 minutes</h2>"),
        tr("<p><b>TCP is a stream, not a list of messages.</b> One send on one side can arrive "
           "as three reads on the other, and three sends can arrive as one. Each read is a "
           "<i>chunk</i>; the Input tab marks where every chunk started with ┊.</p>"),
        tr("<p><b>A terminator says where a message ends.</b> asynchat's channel collects the "
           "bytes it reads (<code>collect_incoming_data</code>) until it sees the terminator, "
           "then calls <code>found_terminator()</code>: one <i>frame</i>. A terminator is a "
           "byte string such as <code>\\r\\n</code>, a count such as <code>count:16</code> "
           "(the next 16 bytes, whatever they are), or <code>none</code> (a plain stream).</p>"),
        tr("<p><b>A terminator can be cut in half by the network.</b> If a read ends with "
           "<code>\\r</code> while the terminator is <code>\\r\\n</code>, the channel cannot "
           "know yet: it <i>holds back</i> that prefix and decides at the next read. The Input "
           "tab shows held-back bytes in red and collected, not yet framed bytes in "
           "yellow.</p>"),
        tr("<p><b>The terminator can change after every frame.</b> An HTTP server reads the "
           "request line and headers with <code>\\r\\n</code>, then switches to "
           "<code>count:N</code> for a body of N bytes. The new terminator applies to the "
           "bytes that arrive next; bytes already collected stay collected. A count is used "
           "once: when it is reached, the terminator becomes <code>none</code>, as in "
           "asynchat (the Terminator tab can re-arm it after every frame instead). Change it "
           "live in the Terminator tab: the preview shows what the engine will do.</p>"),
        tr("<p><b>Output is a queue.</b> <code>push()</code> appends data to the channel's "
           "queue and the channel writes it when the socket can take it; "
           "<code>close_when_done()</code> adds a marker that closes the channel once "
           "everything before it has been sent. The Output tab lists every push and every "
           "write the kernel took, also after the connection has closed, and, while it is "
           "open, the queue and what the socket still buffers.</p>"),
        tr("<p><b>Both directions at once.</b> The Conversation tab shows what the peer sent "
           "and what went back, read by read and write by write, in the order they "
           "happened, with frame ends and pushes marked; it saves either direction's bytes "
           "to a file. View &gt; Text encoding chooses how bytes read as text (UTF-8, "
           "GB18030/GBK or Latin-1) in every view; bytes that do not decode show as "
           "<code>\\xHH</code>.</p>"),
        tr("<p><b>Try it.</b> Start the greeting server (port 8888), open "
           "<code>http://127.0.0.1:8888/kongxx</code> in a browser, and select the new "
           "connection: the request line is the first frame, and the Output tab keeps the "
           "reply. Start an echo server (terminator <code>\\r\\n</code>), connect with "
           "<code>nc -C 127.0.0.1 9000</code> (<code>-C</code> ends lines with "
           "<code>\\r\\n</code>), type lines, change the terminator live and push bytes "
           "back by hand. The Framing Lab frames pasted bytes read by read, without any "
           "network.</p>"),
    };
    return paragraphs.join(QString());
}

} // namespace acw
