#include "settings.h"

namespace acw {

namespace {
QString key(const char *group, const QString &name)
{
    return QLatin1String(group) + QLatin1Char('/') + name;
}
} // namespace

Settings::Settings()
    : m_settings(QSettings::UserScope, QStringLiteral("asynchat-workbench"),
        QStringLiteral("asynchat-workbench"))
{
}

QByteArray Settings::geometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void Settings::setGeometry(const QByteArray &geometry)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(QStringLiteral("window/state")).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/state"), state);
}

ProfileId Settings::profile() const
{
    const QString stored = m_settings.value(QStringLiteral("server/profile")).toString();
    const std::optional<ProfileId> id = profileFromKey(stored);
    return id && servableProfiles().contains(*id) ? *id : ProfileId::Greeting;
}

void Settings::setProfile(ProfileId profile)
{
    m_settings.setValue(QStringLiteral("server/profile"), profileKey(profile));
}

QString Settings::bindAddress() const
{
    return m_settings.value(QStringLiteral("server/bind"), QStringLiteral("127.0.0.1")).toString();
}

void Settings::setBindAddress(const QString &address)
{
    m_settings.setValue(QStringLiteral("server/bind"), address);
}

int Settings::defaultPort(ProfileId profile)
{
    switch (profile) {
    case ProfileId::Echo: return 9000;
    case ProfileId::Chat: return 9001;
    case ProfileId::Manual: return 9002;
    default: return 8888;
    }
}

int Settings::port(ProfileId profile) const
{
    return m_settings.value(key("port", profileKey(profile)), defaultPort(profile)).toInt();
}

void Settings::setPort(ProfileId profile, int port)
{
    m_settings.setValue(key("port", profileKey(profile)), port);
}

QString Settings::terminator(ProfileId profile) const
{
    return m_settings.value(key("terminator", profileKey(profile))).toString();
}

void Settings::setTerminator(ProfileId profile, const QString &spec)
{
    m_settings.setValue(key("terminator", profileKey(profile)), spec);
}

QString Settings::clientHost() const
{
    return m_settings.value(QStringLiteral("client/host"), QStringLiteral("127.0.0.1")).toString();
}

void Settings::setClientHost(const QString &host)
{
    m_settings.setValue(QStringLiteral("client/host"), host);
}

int Settings::clientPort() const
{
    return m_settings.value(QStringLiteral("client/port"), 8888).toInt();
}

void Settings::setClientPort(int port)
{
    m_settings.setValue(QStringLiteral("client/port"), port);
}

QString Settings::clientTerminator() const
{
    return m_settings.value(QStringLiteral("client/terminator"), QStringLiteral("\\r\\n"))
        .toString();
}

void Settings::setClientTerminator(const QString &spec)
{
    m_settings.setValue(QStringLiteral("client/terminator"), spec);
}

QString Settings::viewMode() const
{
    return m_settings.value(QStringLiteral("view/mode"), QStringLiteral("text")).toString();
}

void Settings::setViewMode(const QString &mode)
{
    m_settings.setValue(QStringLiteral("view/mode"), mode);
}

QString Settings::encoding() const
{
    return m_settings.value(QStringLiteral("view/encoding"), QStringLiteral("utf-8")).toString();
}

void Settings::setEncoding(const QString &key)
{
    m_settings.setValue(QStringLiteral("view/encoding"), key);
}

QString Settings::language() const
{
    return m_settings.value(QStringLiteral("view/language")).toString();
}

void Settings::setLanguage(const QString &language)
{
    m_settings.setValue(QStringLiteral("view/language"), language);
}

bool Settings::autoScroll() const
{
    return m_settings.value(QStringLiteral("view/autoScroll"), true).toBool();
}

void Settings::setAutoScroll(bool on)
{
    m_settings.setValue(QStringLiteral("view/autoScroll"), on);
}

bool Settings::recordEveryConnection() const
{
    return m_settings.value(QStringLiteral("server/recordEveryConnection"), false).toBool();
}

void Settings::setRecordEveryConnection(bool on)
{
    m_settings.setValue(QStringLiteral("server/recordEveryConnection"), on);
}

} // namespace acw
