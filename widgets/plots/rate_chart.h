#pragma once
// RateChart: msg/s series (AMQP published, delivered, acknowledged and
// redelivered, or Kafka produced and fetched) over the last five minutes, as
// 1-px, non-antialiased QCustomPlot graphs. Two series by default; more with
// addSeries(). Points are appended on every
// snapshot; the replot is batched by one single-shot 40 ms timer and does not
// run while the chart is hidden (the data keeps up, the drawing waits for
// show). Owned by its parent widget; GUI thread.

#include <QList>
#include <QTimer>
#include <QWidget>

class QColor;
class QCustomPlot;
class QCPGraph;

namespace warren::widgets {

class RateChart : public QWidget
{
    Q_OBJECT
public:
    static constexpr int WindowSeconds = 300;
    static constexpr int ReplotDelayMs = 40;

    explicit RateChart(QWidget *parent = nullptr);

    /// Renames and recolours the two series (by default "Published" in blue
    /// and "Delivered" in green).
    void setSeries(const QString &firstName, const QColor &firstColor, const QString &secondName,
                   const QColor &secondColor);
    /// Adds one more series (after the existing ones); returns its index.
    int addSeries(const QString &name, const QColor &color);
    int seriesCount() const { return int(m_series.size()); }

    /// Appends one point per series at atMs (epoch ms) and drops points that
    /// fell out of the window.
    void addPoint(qint64 atMs, double first, double second);
    /// The same with one value per series, in series order (missing values
    /// count as 0, extra ones are ignored).
    void addPoint(qint64 atMs, const QList<double> &values);

    int pointCount() const;
    bool replotPending() const { return m_replotTimer.isActive(); }
    int replotCount() const { return m_replots; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void scheduleReplot();
    void replotNow();

    QCustomPlot *m_plot = nullptr;
    QList<QCPGraph *> m_series; ///< by default: published, delivered
    QTimer m_replotTimer;
    double m_lastKey = 0.0; ///< seconds since epoch of the newest point
    int m_replots = 0;
};

} // namespace warren::widgets
