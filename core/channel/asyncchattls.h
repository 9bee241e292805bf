#pragma once

#include "channel/asyncchat.h"
#include "tls/tlsoptions.h"

#include <QSslConfiguration>

namespace acw {

// The TLS settings of one channel (see AsyncChat::setTlsClient/setTlsServer).
struct AsyncChat::Tls
{
    bool server = false;
    bool atConnect = false; // client: TLS from the connect on (else STARTTLS later)
    TlsClientOptions client;
    QSslConfiguration configuration;
    QString host; // for the certificate name check
    QString summary; // once encrypted
    bool refused = false;
};

} // namespace acw
