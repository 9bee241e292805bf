#pragma once

#include "server/serverconfig.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace acw {

// Everything the workbench remembers between runs, in one place over QSettings.
class Settings
{
public:
    Settings();

    // --- Window ---
    QByteArray geometry() const;
    void setGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    // --- Servers panel ---
    ProfileId profile() const; // stored as its key ("greeting"); Greeting if unknown
    void setProfile(ProfileId profile);
    QString bindAddress() const;
    void setBindAddress(const QString &address);
    int port(ProfileId profile) const; // per profile: 8888 for greeting
    void setPort(ProfileId profile, int port);
    QString terminator(ProfileId profile) const; // "" = the profile's default
    void setTerminator(ProfileId profile, const QString &spec);

    // --- Client panel ---
    QString clientHost() const;
    void setClientHost(const QString &host);
    int clientPort() const;
    void setClientPort(int port);
    QString clientTerminator() const;
    void setClientTerminator(const QString &spec);

    // --- View ---
    QString viewMode() const; // text | hex | escaped
    void setViewMode(const QString &mode);
    QString encoding() const; // utf-8 | gb18030 | latin-1 (text decoding in every view)
    void setEncoding(const QString &key);
    QString language() const; // "" = the system's, "en", "zh_CN"
    void setLanguage(const QString &language);
    bool autoScroll() const;
    void setAutoScroll(bool on);
    // Record every connection, however many a second (Workbench::recordingBudget otherwise).
    bool recordEveryConnection() const;
    void setRecordEveryConnection(bool on);

    static int defaultPort(ProfileId profile);

private:
    QSettings m_settings;
};

} // namespace acw
