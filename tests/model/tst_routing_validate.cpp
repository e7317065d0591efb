// Binding validation: the 406 texts RabbitMQ sends, word for word
// (routing_cases_observed.inc, produced by routing_cases_vs_rabbitmq.py).
#include "routing_test_util.h"

#include "model/routing/erlang_text.h"
#include "model/routing/router.h"

#include <QTest>

using namespace warren;
using namespace warren::model;
using namespace warren::model::test;

class TstRoutingValidate : public QObject {
    Q_OBJECT
private slots:
    void bindingIsValidatedWithRabbitmqsErrorText_data();
    void bindingIsValidatedWithRabbitmqsErrorText();
    void headersBindingWithoutXMatchIsValid();
    void valuesPrintAsErlangTerms_data();
    void valuesPrintAsErlangTerms();
};

void TstRoutingValidate::bindingIsValidatedWithRabbitmqsErrorText_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<FieldTable>("arguments");
    QTest::addColumn<int>("replyCode");
    QTest::addColumn<QByteArray>("replyText");
#define VALIDATION_CASE(name, type, arguments, code, text) \
    QTest::newRow(name) << QByteArray(type) << (arguments) << (code) << QByteArray::fromStdString(text);
#include "routing_cases_observed.inc"
#undef VALIDATION_CASE
}

void TstRoutingValidate::bindingIsValidatedWithRabbitmqsErrorText()
{
    QFETCH(QByteArray, type);
    QFETCH(FieldTable, arguments);
    QFETCH(int, replyCode);
    QFETCH(QByteArray, replyText);
    const auto exchangeType = exchangeTypeFromString(type.toStdString());
    QVERIFY(exchangeType);
    const auto error = validateBinding(*exchangeType, BindingSpec{"k", arguments});
    if (replyCode == 0) {
        QVERIFY2(!error, error ? error->c_str() : "");
        return;
    }
    QCOMPARE(replyCode, 406);
    QVERIFY(error);
    // RabbitMQ's channel prefixes the reason with the reply name.
    QCOMPARE(QByteArray::fromStdString("PRECONDITION_FAILED - " + *error), replyText);
}

void TstRoutingValidate::headersBindingWithoutXMatchIsValid()
{
    QVERIFY(!validateBinding(ExchangeType::Headers, BindingSpec{"", {}}));
    QVERIFY(!validateBinding(ExchangeType::Headers, BindingSpec{"", table({{"x-other", std::int32_t(1)}})}));
}

void TstRoutingValidate::valuesPrintAsErlangTerms_data()
{
    QTest::addColumn<FieldTable>("value"); // one entry "v"
    QTest::addColumn<QByteArray>("text");
    auto row = [](const char *name, FieldValue v, const char *text) {
        QTest::newRow(name) << table({{"v", std::move(v)}}) << QByteArray(text);
    };
    row("empty binary", "", "<<>>");
    row("escapes", "a\"b\\c\td\ne", "<<\"a\\\"b\\\\c\\td\\ne\">>");
    row("non-printable binary is a byte list", ByteArray{std::string("\x01\x7f", 2)}, "<<1,127>>");
    row("invalid UTF-8 is a byte list", "\xff", "<<255>>");
    row("UTF-8 text prints as text", "caf\xc3\xa9", "<<\"caf\xc3\xa9\">>");
    row("negative byte", std::int8_t(-3), "-3");
    row("double", 2.25, "2.25");
    row("whole double keeps .0", 3.0, "3.0");
    row("large double", 1e10, "1.0e10");
    row("decimal", Decimal{2, 314}, "{2,314}");
    row("void", FieldValue(), "undefined");
    row("bool", false, "false");
    row("timestamp", Timestamp{5}, "5");
    row("array", FieldArray{std::int32_t(1), "all"}, "[{signedint,1},{longstr,<<\"all\">>}]");
    row("table", FieldValue(table({{"k", std::uint8_t(1)}, {"x", ByteArray{"y"}}})),
        "[{<<\"k\">>,unsignedbyte,1},{<<\"x\">>,binary,<<\"y\">>}]");
}

void TstRoutingValidate::valuesPrintAsErlangTerms()
{
    QFETCH(FieldTable, value);
    QFETCH(QByteArray, text);
    QCOMPARE(QByteArray::fromStdString(erlangTermText(value.entries[0].second)), text);
}

QTEST_APPLESS_MAIN(TstRoutingValidate)
#include "tst_routing_validate.moc"
