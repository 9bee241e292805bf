#pragma once

#include "channel/channelfault.h"
#include "framing/terminator.h"
#include "profiles/httprequest.h"
#include "profiles/profile.h"
#include "relay/relayconfig.h"
#include "server/serverconfig.h"
#include "server/serverfault.h"
#include "tls/tlsoptions.h"

#include <QString>

// The one place where the engine's values become sentences, in the user's language
// (QCoreApplication::translate, context "acw::messages"; the catalogue is built from
// ui/ and app/ sources and these). The window and the command line both word errors
// here; the core never does (docs/values-across-the-seam.md).
namespace acw::messages {

// A channel error, as the timeline and the command line show it.
QString fault(const ChannelFault &fault);
// Why a connection closed: "closed in order" for no fault.
QString closeReason(const ChannelFault &fault);
QString serverFault(const ServerFault &fault);
QString profileError(ProfileError error, qint64 amount = 0, qint64 limit = 0);
QString httpRejection(HttpRejection why);
// status: QAbstractSocket::SocketError, or -1 when detail is all there is (the OS's words).
QString socketError(int status, const QString &detail);
QString tlsFailure(const TlsFailure &failure);
QString terminatorError(Terminator::ParseError error);
// The translated display name of a profile ("echo" -> "echo（回显）").
QString profileName(ProfileId id);
// A relayed pair's step (EngineEvent::RelayNote): index, code (direction), size, text, fault.
QString relayStep(
    quint64 step, int direction, qint64 bytes, const QString &text, const ChannelFault &fault);

} // namespace acw::messages
