#include "cli/commands.h"

#include <cstdio>

namespace acw::cli {

int runServe(const QStringList &args)
{
    Q_UNUSED(args)
    std::fputs("asynchat-workbench serve: not built yet\n", stderr);
    return 1;
}

} // namespace acw::cli
