#include "user_admin.h"

#include "model/broker.h"
#include "storage/metadata/metadata_store.h"
#include "storage/metadata/sql_access_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

namespace warren::app {

namespace {
struct Command {
    const char *option;
    int arguments;
    const char *usage;
};

constexpr Command kCommands[] = {
    {"--add-user", 2, "--add-user NAME PASSWORD [--tags TAG,TAG]"},
    {"--delete-user", 1, "--delete-user NAME"},
    {"--change-password", 2, "--change-password NAME PASSWORD"},
    {"--set-user-tags", 2, "--set-user-tags NAME TAG,TAG"},
    {"--add-vhost", 1, "--add-vhost NAME"},
    {"--delete-vhost", 1, "--delete-vhost NAME"},
    {"--set-permissions", 5, "--set-permissions USER VHOST CONFIGURE WRITE READ"},
    {"--clear-permissions", 2, "--clear-permissions USER VHOST"},
    {"--list-users", 0, "--list-users"},
};

std::vector<std::string> splitTags(const QString &list)
{
    std::vector<std::string> tags;
    for (const QString &t : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
        tags.push_back(t.trimmed().toStdString());
    return tags;
}

int report(const model::ModelStatus &status, const QString &done)
{
    if (!status) {
        std::fprintf(stderr, "warren: %s\n", status.error().text.c_str());
        return 1;
    }
    std::fprintf(stdout, "%s\n", qPrintable(done));
    return 0;
}
} // namespace

int runUserAdmin(const QStringList &arguments)
{
    const Command *command = nullptr;
    int at = -1;
    for (int i = 1; i < arguments.size() && !command; ++i)
        for (const Command &c : kCommands)
            if (arguments[i] == QLatin1String(c.option)) {
                command = &c;
                at = i;
                break;
            }
    if (!command)
        return -1;
    if (at + command->arguments >= arguments.size()) {
        std::fprintf(stderr, "warren: usage: warren [--data-dir DIR] %s\n", command->usage);
        return 2;
    }
    const QStringList a = arguments.mid(at + 1, command->arguments);
    QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QString tags;
    for (int i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--data-dir"))
            dataDir = arguments[i + 1];
        else if (arguments[i] == QLatin1String("--tags"))
            tags = arguments[i + 1];
    }
    for (const QString &arg : arguments)
        if (arg.startsWith(QLatin1String("--data-dir=")))
            dataDir = arg.mid(11);

    QDir().mkpath(dataDir);
    QString error;
    auto metadata = storage::MetadataStore::open(QDir(dataDir).filePath(QStringLiteral("metadata.db")), &error);
    if (!metadata) {
        std::fprintf(stderr, "warren: %s\n", qPrintable(error));
        return 1;
    }
    storage::SqlAccessStore store(*metadata);
    if (!store.initialise()) {
        std::fprintf(stderr, "warren: cannot initialise users in %s\n", qPrintable(dataDir));
        return 1;
    }
    model::Broker broker;
    broker.loadAccess(store.loadAccess());
    broker.setAccessStore(&store);
    model::AccessControl &access = broker.access();
    const QString opt = QLatin1String(command->option);
    auto s = [](const QString &v) { return v.toStdString(); };
    if (opt == QLatin1String("--add-user"))
        return report(access.addUser(s(a[0]), s(a[1]), splitTags(tags)),
                      QStringLiteral("user '%1' added").arg(a[0]));
    if (opt == QLatin1String("--delete-user"))
        return report(access.deleteUser(s(a[0])), QStringLiteral("user '%1' deleted").arg(a[0]));
    if (opt == QLatin1String("--change-password"))
        return report(access.setPassword(s(a[0]), s(a[1])), QStringLiteral("password of '%1' changed").arg(a[0]));
    if (opt == QLatin1String("--set-user-tags"))
        return report(access.setTags(s(a[0]), splitTags(a[1])), QStringLiteral("tags of '%1' set").arg(a[0]));
    if (opt == QLatin1String("--add-vhost"))
        return report(broker.addVhost(s(a[0])), QStringLiteral("vhost '%1' added").arg(a[0]));
    if (opt == QLatin1String("--delete-vhost"))
        return report(broker.deleteVhost(s(a[0])), QStringLiteral("vhost '%1' deleted").arg(a[0]));
    if (opt == QLatin1String("--set-permissions"))
        return report(broker.setPermissions(s(a[0]), s(a[1]), model::PermissionPatterns{s(a[2]), s(a[3]), s(a[4])}),
                      QStringLiteral("permissions of '%1' in vhost '%2' set").arg(a[0], a[1]));
    if (opt == QLatin1String("--clear-permissions"))
        return report(access.clearPermissions(s(a[0]), s(a[1])),
                      QStringLiteral("permissions of '%1' in vhost '%2' cleared").arg(a[0], a[1]));
    // --list-users: name, tags, then one line per vhost permission
    const model::AccessDefinitions defs = access.definitions();
    for (const auto &u : defs.users) {
        std::string tagList;
        for (const auto &t : u.tags)
            tagList += (tagList.empty() ? "" : ",") + t;
        std::fprintf(stdout, "%s\t[%s]\n", u.name.c_str(), tagList.c_str());
        for (const auto &p : defs.permissions)
            if (p.user == u.name)
                std::fprintf(stdout, "\tvhost %s\tconfigure '%s'\twrite '%s'\tread '%s'\n", p.vhost.c_str(),
                             p.patterns.configure.c_str(), p.patterns.write.c_str(), p.patterns.read.c_str());
    }
    return 0;
}

} // namespace warren::app
