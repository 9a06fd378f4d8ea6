#pragma once

#include "Ask.h"
#include "GuardRail.h"
#include "Strategy.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Anchorline {

struct EmailDraft
{
    QString subject;
    QString body;

    // "Subject: ...\n\n<body>", ready to paste.
    QString toPlainText() const;
};

// A strategy ranked for one input, with the reasons in words.
struct StrategyRecommendation
{
    Strategy strategy;
    int score = 0;           // higher first; 0 = does not fit these inputs
    bool applicable = false; // false: it cannot compute an ask from these inputs (e.g. no competing offer)
    QStringList why;         // translated sentences
};

// Everything the negotiation panel and the CLI show for one input.
struct NegotiationPlan
{
    Strategy strategy;
    QStringList strategyWhy; // why this strategy fits (from the recommendation)
    Ask ask;
    QStringList reasons; // the ask's "because" sentences, in component order
    QList<GuardRail> warnings;
    EmailDraft email;
    QString phoneScript;
    EmailDraft askForTimeEmail;
    // Data sources with their year ("U.S. BLS OEWS May 2024 ...") and the strategy's research citations.
    QStringList sources;

    bool isBlocked() const;
};

} // namespace Anchorline
