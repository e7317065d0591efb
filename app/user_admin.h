#pragma once
// `warren --add-user NAME PASSWORD [--tags a,b]` and friends: manage users,
// vhosts and permissions in a data directory's metadata database without
// starting the broker or the window (as rabbitmqctl's add_user, add_vhost,
// set_permissions, ...). Runs on the main thread before anything starts; a
// broker already running on that directory sees the change after a restart
// (use the window's Users page or api::CommandApi for a live one).

#include <QStringList>

namespace warren::app {

/// -1 when `arguments` (the whole command line) holds no user command;
/// otherwise runs it and returns the process exit status (0 ok, 1 failed,
/// 2 usage error).
int runUserAdmin(const QStringList &arguments);

} // namespace warren::app
