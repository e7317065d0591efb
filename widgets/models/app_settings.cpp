#include "app_settings.h"

namespace warren::widgets {

QString AppSettings::closeBehaviourKey(CloseBehaviour behaviour)
{
    switch (behaviour) {
    case CloseBehaviour::Ask: return QStringLiteral("ask");
    case CloseBehaviour::Background: return QStringLiteral("background");
    case CloseBehaviour::Quit: return QStringLiteral("quit");
    }
    return QStringLiteral("ask");
}

CloseBehaviour AppSettings::closeBehaviourFromKey(const QString &key, CloseBehaviour fallback)
{
    if (key == QLatin1String("ask"))
        return CloseBehaviour::Ask;
    if (key == QLatin1String("background"))
        return CloseBehaviour::Background;
    if (key == QLatin1String("quit"))
        return CloseBehaviour::Quit;
    return fallback;
}

void AppSettings::load(const QSettings &settings, const QStringList &skip)
{
    auto has = [&](const QString &key) { return !skip.contains(key) && settings.contains(key); };
    bool ok = false;
    if (has(kBindAddress))
        bindAddress = settings.value(kBindAddress).toString();
    if (has(kAmqpPort)) {
        const int v = settings.value(kAmqpPort).toInt(&ok);
        if (ok && v >= 0 && v <= 65535)
            amqpPort = v;
    }
    if (has(kKafkaEnabled))
        kafkaEnabled = settings.value(kKafkaEnabled).toBool();
    if (has(kKafkaPort)) {
        const int v = settings.value(kKafkaPort).toInt(&ok);
        if (ok && v >= 0 && v <= 65535)
            kafkaPort = v;
    }
    if (has(kDataDir) && !settings.value(kDataDir).toString().isEmpty())
        dataDir = settings.value(kDataDir).toString();
    if (has(kDurability)) {
        const QString v = settings.value(kDurability).toString();
        if (v == QLatin1String("always") || v == QLatin1String("interval") || v == QLatin1String("never"))
            durability = v;
    }
    if (has(kRetentionHours)) {
        const qint64 v = settings.value(kRetentionHours).toLongLong(&ok);
        if (ok && (v == -1 || v > 0))
            retentionHours = v;
    }
    if (has(kLanguage))
        language = settings.value(kLanguage).toString();
    if (has(kTlsCertificateFile))
        tlsCertificateFile = settings.value(kTlsCertificateFile).toString();
    if (has(kTlsKeyFile))
        tlsKeyFile = settings.value(kTlsKeyFile).toString();
    for (const auto &[key, field] : {std::pair{kAmqpTlsPort, &amqpTlsPort}, std::pair{kKafkaTlsPort, &kafkaTlsPort}})
        if (has(key)) {
            const int v = settings.value(key).toInt(&ok);
            if (ok && v >= 0 && v <= 65535)
                *field = v;
        }
    if (has(kCloseBehaviour))
        closeBehaviour = closeBehaviourFromKey(settings.value(kCloseBehaviour).toString(), closeBehaviour);
}

void AppSettings::save(QSettings &settings) const
{
    settings.setValue(kBindAddress, bindAddress);
    settings.setValue(kAmqpPort, amqpPort);
    settings.setValue(kKafkaEnabled, kafkaEnabled);
    settings.setValue(kKafkaPort, kafkaPort);
    settings.setValue(kDataDir, dataDir);
    settings.setValue(kDurability, durability);
    settings.setValue(kRetentionHours, retentionHours);
    settings.setValue(kLanguage, language);
    settings.setValue(kTlsCertificateFile, tlsCertificateFile);
    settings.setValue(kTlsKeyFile, tlsKeyFile);
    settings.setValue(kAmqpTlsPort, amqpTlsPort);
    settings.setValue(kKafkaTlsPort, kafkaTlsPort);
    settings.setValue(kCloseBehaviour, closeBehaviourKey(closeBehaviour));
    settings.sync();
}

bool AppSettings::brokerDiffers(const AppSettings &o) const
{
    return bindAddress != o.bindAddress || amqpPort != o.amqpPort || kafkaEnabled != o.kafkaEnabled
        || kafkaPort != o.kafkaPort || dataDir != o.dataDir || durability != o.durability
        || retentionHours != o.retentionHours || tlsCertificateFile != o.tlsCertificateFile
        || tlsKeyFile != o.tlsKeyFile || amqpTlsPort != o.amqpTlsPort || kafkaTlsPort != o.kafkaTlsPort;
}

} // namespace warren::widgets
