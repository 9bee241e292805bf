#include "server/descriptorlimit.h"

#include <sys/resource.h>

namespace acw {

qint64 raiseDescriptorLimit(qint64 ceiling)
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    rlim_t wanted = limit.rlim_max;
    if (wanted == RLIM_INFINITY || wanted > rlim_t(ceiling))
        wanted = rlim_t(ceiling);
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < wanted) {
        rlimit raised = limit;
        raised.rlim_cur = wanted;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return limit.rlim_cur == RLIM_INFINITY ? qint64(ceiling) : qint64(limit.rlim_cur);
}

} // namespace acw
