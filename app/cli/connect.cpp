#include "cli/commands.h"

#include <cstdio>

namespace acw::cli {

int runConnect(const QStringList &args)
{
    Q_UNUSED(args)
    std::fputs("asynchat-workbench connect: not built yet\n", stderr);
    return 1;
}

} // namespace acw::cli
