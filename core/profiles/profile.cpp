#include "profiles/profile.h"

#include "profiles/chat.h"
#include "profiles/echo.h"
#include "profiles/greeting.h"
#include "profiles/manual.h"

namespace acw {

bool Profile::reject(ServerFault *fault, ProfileError why, qint64 amount, qint64 limit)
{
    if (fault) {
        *fault = ServerFault();
        fault->error = ServerError::ProfileRejected;
        fault->cause = int(why);
        fault->amount = amount;
        fault->limit = limit;
    }
    return false;
}

std::unique_ptr<Profile> Profile::create(const ServerConfig &config, ServerFault *fault)
{
    switch (config.profile) {
    case ProfileId::Greeting:
        if (GreetingProfile::validate(config, fault))
            return std::make_unique<GreetingProfile>(config);
        return nullptr;
    case ProfileId::Echo:
        if (EchoProfile::validate(config, fault))
            return std::make_unique<EchoProfile>(config);
        return nullptr;
    case ProfileId::Chat:
        if (ChatProfile::validate(config, fault))
            return std::make_unique<ChatProfile>(config);
        return nullptr;
    case ProfileId::Manual:
        if (ManualProfile::validate(config, fault))
            return std::make_unique<ManualProfile>(config);
        return nullptr;
    case ProfileId::Relay:
    case ProfileId::Client: break;
    }
    reject(fault, ProfileError::NotServable);
    return nullptr;
}

} // namespace acw
