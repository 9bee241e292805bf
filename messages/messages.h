#pragma once

#include "channel/channelfault.h"
#include "framing/framingcase.h"
#include "framing/terminator.h"
#include "profiles/httprequest.h"
#include "profiles/profile.h"
#include "relay/relayconfig.h"
#include "server/serverconfig.h"
#include "server/serverfault.h"
#include "tls/tlsoptions.h"

#include <QString>
#include <QStringList>

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
// Why a peer certificate was refused, with the checks that failed and its fingerprint.
QString tlsRefusal(const TlsRefusal &refusal);
QString terminatorError(Terminator::ParseError error);
// The Framing Lab, `frame` and case files: why a setup cannot run, a live change cannot be
// read, a case file is malformed, and how an outcome differs from a case's expectation.
QString setupProblem(const SetupProblem &problem);
QString changeParseError(const ChangeParseError &error);
QString caseError(const CaseError &error);
QString caseDifference(const CaseDifference &difference);
QStringList caseDifferences(const QList<CaseDifference> &differences);
// Bytes as a case difference shows them: "ab\r\n" (4 bytes), the first `limit` of them.
QString shownBytes(const QByteArray &bytes, int limit = 200);
// The translated display name of a profile ("echo" -> "echo（回显）").
QString profileName(ProfileId id);
// A relayed pair's step (EngineEvent::RelayNote): index, code (direction), size, text, fault.
QString relayStep(
    quint64 step, int direction, qint64 bytes, const QString &text, const ChannelFault &fault);

} // namespace acw::messages
