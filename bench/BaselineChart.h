#pragma once

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

// The start-up baseline's chart (scripts/bench.sh): a five-bar chart, about the least a Qt Charts window
// shows.
inline QChart* makeBaselineChart()
{
    using namespace Qt::StringLiterals;
    auto* pay = new QBarSet(u"Base pay (thousands)"_s);
    *pay << 120 << 145 << 170 << 195 << 230;
    auto* series = new QBarSeries;
    series->append(pay);
    auto* chart = new QChart;
    chart->setTitle(u"Baseline"_s);
    chart->addSeries(series);
    auto* percentiles = new QBarCategoryAxis;
    percentiles->append({u"p10"_s, u"p25"_s, u"p50"_s, u"p75"_s, u"p90"_s});
    chart->addAxis(percentiles, Qt::AlignBottom);
    series->attachAxis(percentiles);
    auto* amounts = new QValueAxis;
    amounts->setRange(0, 250);
    chart->addAxis(amounts, Qt::AlignLeft);
    series->attachAxis(amounts);
    return chart;
}
