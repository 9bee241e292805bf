// An RST from the peer is an error even with nothing owed (issue 14 item 7): Qt 6.4
// reports a FIN and an RST alike, so the channel tells them apart itself.
#include "channeltestpeer.h"

#include <QSignalSpy>
#include <QTest>

using namespace acw;
using namespace acwtest;

class TestPeerReset : public QObject
{
    Q_OBJECT
private slots:
    void resetIsAnError();
    void finIsOrderly();
    void finAfterAResetElsewhereIsOrderly();
};

void TestPeerReset::resetIsAnError()
{
    ChannelTestServer server;
    RawPeer peer;
    QVERIFY(server.connectPeer(peer));
    QPointer<AsyncChat> c = server.channel();
    c->setAutoDelete(false);
    QSignalSpy errors(c.data(), &AsyncChat::errorOccurred);
    QSignalSpy closed(c.data(), &AsyncChat::closed);
    peer.reset();
    QTRY_COMPARE(closed.count(), 1);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.first().at(0).value<ChannelError>(), ChannelError::PeerReset);
    QCOMPARE(errors.first().at(1).value<ChannelFault>(), ChannelFault::of(ChannelError::PeerReset));
    QVERIFY(c->peerReset());
    delete c;
}

void TestPeerReset::finIsOrderly()
{
    ChannelTestServer server;
    RawPeer peer;
    QVERIFY(server.connectPeer(peer));
    QPointer<AsyncChat> c = server.channel();
    c->setAutoDelete(false);
    QSignalSpy errors(c.data(), &AsyncChat::errorOccurred);
    QSignalSpy closed(c.data(), &AsyncChat::closed);
    peer.close();
    QTRY_COMPARE(closed.count(), 1);
    QCOMPARE(errors.count(), 0);
    QVERIFY(!c->peerReset());
    delete c;
}

// The errno an RST left behind must not make the next connection's FIN a reset.
void TestPeerReset::finAfterAResetElsewhereIsOrderly()
{
    resetIsAnError();
    finIsOrderly();
}

QTEST_GUILESS_MAIN(TestPeerReset)
#include "tst_peerreset.moc"
