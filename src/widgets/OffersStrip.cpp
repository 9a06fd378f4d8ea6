#include "OffersStrip.h"

#include <QAction>
#include <QHBoxLayout>
#include <QMenu>
#include <QSignalBlocker>
#include <QTabBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Anchorline {

OffersStrip::OffersStrip(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabBar(this))
{
    setObjectName(u"offersStrip"_s);
    m_tabs->setObjectName(u"offerTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideRight);
    m_tabs->setAccessibleName(tr("Offers"));

    m_new = addStripAction(tr("&New Offer"), u"actionNewOffer"_s, QKeySequence(u"Ctrl+T"_s),
                           tr("Add an offer for the same role, place and base"));
    m_duplicate = addStripAction(tr("&Duplicate Offer"), u"actionDuplicateOffer"_s,
                                 QKeySequence(u"Ctrl+Shift+D"_s), tr("Add a copy of the selected offer"));
    m_remove = addStripAction(tr("&Remove Offer"), u"actionRemoveOffer"_s, QKeySequence(u"Ctrl+W"_s),
                              tr("Remove the selected offer (Edit ▸ Undo brings it back)"));
    m_rename = addStripAction(tr("Re&name Offer"), u"actionRenameOffer"_s, QKeySequence(u"F2"_s),
                              tr("Edit the selected offer's label"));
    m_next = new QAction(tr("Ne&xt Offer"), this);
    m_next->setObjectName(u"actionNextOffer"_s);
    m_next->setShortcut(QKeySequence(u"Ctrl+PgDown"_s));
    m_previous = new QAction(tr("&Previous Offer"), this);
    m_previous->setObjectName(u"actionPreviousOffer"_s);
    m_previous->setShortcut(QKeySequence(u"Ctrl+PgUp"_s));

    // Tabs, then "+" and a "⋯" menu with the rest: the strip stays one line high in a narrow form column.
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 2);
    layout->setSpacing(2);
    layout->addWidget(m_tabs, 1);
    auto* newButton = new QToolButton(this);
    newButton->setObjectName(u"newOfferButton"_s);
    newButton->setDefaultAction(m_new);
    newButton->setAutoRaise(true);
    // Text, like "⋯", and no theme icons on these actions (no other menu has them): the process's first
    // icon-theme look-up parses the theme's index before the window's first frame (issue 9).
    newButton->setText(u"+"_s);
    layout->addWidget(newButton);
    auto* moreMenu = new QMenu(this);
    moreMenu->addActions({m_duplicate, m_remove, m_rename});
    auto* moreButton = new QToolButton(this);
    moreButton->setObjectName(u"moreOfferActionsButton"_s);
    moreButton->setText(u"⋯"_s);
    moreButton->setToolTip(tr("Duplicate, remove or rename the selected offer"));
    moreButton->setAccessibleName(tr("More offer actions"));
    moreButton->setAutoRaise(true);
    moreButton->setPopupMode(QToolButton::InstantPopup);
    moreButton->setMenu(moreMenu);
    layout->addWidget(moreButton);
    // The same actions on a right click of a tab.
    m_tabs->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tabs->addActions({m_new, m_duplicate, m_remove, m_rename});

    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (!m_updating && index >= 0)
            emit offerSelected(index);
    });
    connect(m_new, &QAction::triggered, this, &OffersStrip::newRequested);
    connect(m_duplicate, &QAction::triggered, this, &OffersStrip::duplicateRequested);
    connect(m_remove, &QAction::triggered, this, &OffersStrip::removeRequested);
    connect(m_rename, &QAction::triggered, this, &OffersStrip::renameRequested);
    connect(m_next, &QAction::triggered, this, [this] { selectRelative(1); });
    connect(m_previous, &QAction::triggered, this, [this] { selectRelative(-1); });
}

QAction* OffersStrip::addStripAction(const QString& text, const QString& name, const QKeySequence& shortcut,
                                     const QString& toolTip)
{
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setToolTip(tr("%1 (%2)").arg(toolTip, shortcut.toString(QKeySequence::NativeText)));
    return action;
}

QList<QAction*> OffersStrip::menuActions() const
{
    return {m_new, m_duplicate, m_remove, m_rename, m_next, m_previous};
}

void OffersStrip::setOffers(const QStringList& labels, int current, std::optional<int> competing)
{
    m_updating = true;
    while (m_tabs->count() > labels.size())
        m_tabs->removeTab(m_tabs->count() - 1);
    for (int index = 0; index < labels.size(); ++index) {
        const bool isCompeting = competing == index;
        // A short mark at the front, so that eliding a long label keeps it.
        const QString text = isCompeting ? tr("⇄ %1").arg(labels.at(index)) : labels.at(index);
        if (index == m_tabs->count())
            m_tabs->addTab(text);
        else
            m_tabs->setTabText(index, text);
        m_tabs->setTabToolTip(
            index, isCompeting
                       ? tr("%1: the competing offer in the selected offer's email").arg(labels.at(index))
                       : labels.at(index));
    }
    m_tabs->setCurrentIndex(current);
    m_updating = false;
    // A tab bar that is not shown yet does not tell the layout that its size hint grew.
    m_tabs->updateGeometry();
}

void OffersStrip::setEditable(bool canSwitch, bool canRemove)
{
    for (int index = 0; index < m_tabs->count(); ++index)
        m_tabs->setTabEnabled(index, canSwitch || index == m_tabs->currentIndex());
    m_new->setEnabled(canSwitch);
    m_duplicate->setEnabled(canSwitch);
    m_rename->setEnabled(canSwitch);
    m_next->setEnabled(canSwitch && m_tabs->count() > 1);
    m_previous->setEnabled(canSwitch && m_tabs->count() > 1);
    m_remove->setEnabled(canRemove);
    m_tabs->setToolTip(canSwitch
                           ? tr("The offers of this session. The selected offer is the one the form edits "
                                "and the negotiation panel negotiates.")
                           : tr("Fix the problems listed under the form to switch offers"));
}

void OffersStrip::selectRelative(int step)
{
    const int count = m_tabs->count();
    if (count > 1)
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + step + count) % count);
}

} // namespace Anchorline
