#pragma once

#include <QStringList>

namespace acw {
// Builds the QApplication, installs translators, shows the workbench window (ui/) and
// runs the event loop. args: the command line after the program name.
//   --serve [PROFILE]  start that server (greeting by default) as the window opens
//   --port N, --bind ADDR, --terminator SPEC  for that server
//   --lang zh_CN|en    override the system locale and the saved language
int runGui(int &argc, char **argv, const QStringList &args);
}
