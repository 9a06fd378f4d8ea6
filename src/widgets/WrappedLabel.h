#pragma once

#include <QHash>
#include <QLabel>

namespace Anchorline {

// A word-wrapped label that remembers its height for the widths it was asked about until its text, font or
// style changes. QLabel lays its text out again on every heightForWidth() call, and a layout pass asks
// several times per label: the negotiation panel's ask table alone took 1.4 ms per call, most of the main
// window's start-up layout (issue 9).
class WrappedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappedLabel(QWidget* parent = nullptr);
    explicit WrappedLabel(const QString& text, QWidget* parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    mutable QString m_measuredText;
    mutable Qt::TextFormat m_measuredFormat = Qt::AutoText;
    mutable QHash<int, int> m_heights;
};

} // namespace Anchorline
