#pragma once

#include <QStringList>

namespace acw {
// Builds the QApplication, installs translators, shows the workbench window (ui/) and
// runs the event loop. args: the command line after the program name.
int runGui(int &argc, char **argv, const QStringList &args);
}
