#include "profiles/profile.h"

#include "profiles/chat.h"
#include "profiles/echo.h"
#include "profiles/greeting.h"
#include "profiles/manual.h"

namespace acw {

QStringList Profile::names()
{
    return { QStringLiteral("greeting"), QStringLiteral("echo"), QStringLiteral("chat"),
        QStringLiteral("manual") };
}

std::unique_ptr<Profile> Profile::create(const ServerConfig &config, QString *error)
{
    QString reason;
    std::unique_ptr<Profile> profile;
    if (config.profile == QLatin1String("greeting")) {
        if (GreetingProfile::validate(config, &reason))
            profile = std::make_unique<GreetingProfile>(config);
    } else if (config.profile == QLatin1String("echo")) {
        if (EchoProfile::validate(config, &reason))
            profile = std::make_unique<EchoProfile>(config);
    } else if (config.profile == QLatin1String("chat")) {
        if (ChatProfile::validate(config, &reason))
            profile = std::make_unique<ChatProfile>(config);
    } else if (config.profile == QLatin1String("manual")) {
        if (ManualProfile::validate(config, &reason))
            profile = std::make_unique<ManualProfile>(config);
    } else {
        reason = QStringLiteral("unknown profile '%1' (choose one of: %2)")
                     .arg(config.profile, names().join(QLatin1String(", ")));
    }
    if (!profile && error)
        *error = reason;
    return profile;
}

} // namespace acw
