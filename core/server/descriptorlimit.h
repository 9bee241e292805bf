#pragma once

#include <QtGlobal>

namespace acw {

// Raises the process's soft limit on open descriptors to its hard limit (at most
// `ceiling`), as Go's runtime does at start-up and nginx's worker_rlimit_nofile asks for:
// the soft default of many desktops (1024) is below the default connection cap, and a
// listener holds a burst's descriptors before it sets them up (docs/hostile-input.md,
// case 32). Never lowers it. Returns the soft limit in force afterwards (-1: unknown).
qint64 raiseDescriptorLimit(qint64 ceiling = qint64(1) << 20);

} // namespace acw
