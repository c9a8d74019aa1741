#pragma once

#include "dashboard/DashboardFigures.h"

#include <memory>

// The dashboard's figures collected row by row (DashboardFigures::compute): two tallies walk the
// two halves of the rows on two threads, and the second is merged after the first, so that the
// lists come out as from one walk.
class FigureTally
{
public:
    FigureTally(const DashboardRows& rows, const DashboardFilter& filter, const QDate& today);
    ~FigureTally();
    FigureTally(const FigureTally&) = delete;
    FigureTally& operator=(const FigureTally&) = delete;

    void add(const DashboardRows::Row& row);
    // Takes in what `later` collected from the rows after this one's.
    void merge(FigureTally&& later);
    // The figures: counted, the lists sorted, the quarters' medians.
    [[nodiscard]] DashboardFigures finish();

private:
    struct State;
    std::unique_ptr<State> m_state;
};
