#pragma once
// RateChart: published and delivered msg/s over the last five minutes, as two
// 1-px, non-antialiased QCustomPlot graphs. Points are appended on every
// snapshot; the replot is batched by one single-shot 40 ms timer and does not
// run while the chart is hidden (the data keeps up, the drawing waits for
// show). Owned by its parent widget; GUI thread.

#include <QTimer>
#include <QWidget>

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

    /// Appends one point per series at atMs (epoch ms) and drops points that
    /// fell out of the window.
    void addPoint(qint64 atMs, double published, double delivered);

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
    QCPGraph *m_published = nullptr;
    QCPGraph *m_delivered = nullptr;
    QTimer m_replotTimer;
    double m_lastKey = 0.0; ///< seconds since epoch of the newest point
    int m_replots = 0;
};

} // namespace warren::widgets
