#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class DataSourcesDialog;
}

namespace Anchorline {

class DatasetLibrary;
class MarketStore;

// Where every number comes from: each source with its period and licence credit, the user's imported
// datasets, what the figures measure, how the estimated band values and the levels are modelled, and the
// secondary-source figures of the brief.
class DataSourcesDialog : public QDialog
{
    Q_OBJECT

public:
    // `datasets` may be null (no imported datasets listed); their headers are read when the dialog opens.
    explicit DataSourcesDialog(const MarketStore& store, const DatasetLibrary* datasets = nullptr,
                               QWidget* parent = nullptr);
    ~DataSourcesDialog() override;

    // The dialog's text as plain text, for tests.
    QString plainText() const;
    // The HTML the dialog shows (also used by reports).
    static QString html(const MarketStore& store, const DatasetLibrary* datasets = nullptr);

private:
    std::unique_ptr<Ui::DataSourcesDialog> m_ui;
};

} // namespace Anchorline
