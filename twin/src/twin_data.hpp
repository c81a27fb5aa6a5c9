#pragma once
// The twin page's sections as template data (kainjow::mustache, which
// HTML-escapes every value the template does not ask for raw). Each builder
// uses the wall's wording functions, so the page and the screen say the same.
#include <kainjow/mustache.hpp>

#include "wres/model/snapshot.hpp"

namespace wres::twin {

using Data = kainjow::mustache::data;

Data list_of(const std::vector<std::string>& items);
Data families_data(const Snapshot& s);  // a section per family the board has
Data bands_data(const Snapshot& s);     // WRES 1 by band, or false
Data targets_data(const Snapshot& s);   // the aspirational target, or false
Data plans_data(const Snapshot& s);     // every plan with its actions
Data due_data(const Snapshot& s);       // overdue, then due soon; false when none
Data changes_data(const Snapshot& s);   // status changes, newest first; false when none
Data measures_data(const Snapshot& s);  // or false
// The words an action's status is said in on the wall: "Complete (✓)", "At risk (Amber)";
// "Overdue, status At risk" (the wall's mark, then what the plan reported).
std::string status_text(const PlanSummary& plan, const ActionView& a);
// "Complete", with the plan's own colour word or mark where the wall shows one.
std::string mark_text(const PlanSummary* plan, const Mark& m);

std::string indicators_csv(const Snapshot& s);
std::string actions_csv(const Snapshot& s);

}  // namespace wres::twin
