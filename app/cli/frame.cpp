#include "cli/commands.h"

#include <cstdio>

namespace acw::cli {

int runFrame(const QStringList &args)
{
    Q_UNUSED(args)
    std::fputs("asynchat-workbench frame: not built yet\n", stderr);
    return 1;
}

} // namespace acw::cli
