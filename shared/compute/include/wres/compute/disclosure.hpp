#pragma once
// Disclosure control (DESIGN 7.7): the one place that decides what a wall in
// a public corridor may not show. A figure is *withheld*, and its `withheld`
// text says why ("fewer than 11 responses", "fewer than 5 people"). Whatever
// would give a withheld figure back is withheld with it: the shares, ratios,
// gaps and intervals made from the same counts, the trend, difference and
// comparisons against it, the path that starts from it, and the sums it is
// part of, with further counts withheld so that no difference of shown
// figures gives it back (compute/cell_audit.hpp). Applied while the snapshot
// is built, so that nothing withheld ever leaves the daemon: the socket, the
// display's cache, wresctl, exports and the history database all carry the
// published snapshot. `wresctl snapshot --unredacted` alone skips it.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "wres/compute/observation.hpp"
#include "wres/model/board.hpp"
#include "wres/model/snapshot.hpp"

namespace wres {

// The board's indicator years with the survey figures (5-8, and the survey
// comparators) of every year whose survey_published is after `today` taken
// out; `embargoes` gets, per survey indicator, the first such year.
std::vector<YearData> years_before_embargo(const Board& board, Date today,
                                           std::map<const MetricSpec*, Embargo>& embargoes);

// National survey results come out on the same day as the trust's: a year's
// comparator figures for the family's survey metrics, taken out with them.
void drop_survey_comparators(std::vector<Comparator>& comparators, const FamilySpec& f);

// A result for a survey metric that has no published year yet: withheld, saying when.
IndicatorResult embargoed_only(const MetricSpec& m, const Embargo& e);

// What one year's figure of an indicator is made from.
struct FigureBasis {
  std::optional<long long> focus_n, reference_n;  // survey responses of each group
  std::vector<long long> counts;                  // counts of people (Observation::counts)
  std::string counted = "people";                 // what they count: "people", "members"
};

// Withholds, in `r`, each history year whose figure is made from fewer than
// min_responses responses or a count of fewer than min_count people, and with
// the latest such year the figure itself, its rating, interval and
// comparisons; the trend and difference when either year is withheld.
// `basis[i]` is what `r.history[i]` is made from; the last is r's own year.
void withhold_indicator(IndicatorResult& r, const std::vector<FigureBasis>& basis, const PrivacySettings& p);

// A board gap's member shares (all, voting, executive) made from fewer than
// min_count members on either side; `now` is the figure's observation.
void withhold_member_shares(IndicatorResult& r, const Observation& now, const PrivacySettings& p);

// A breakdown whose parts add up to a whole (WDES 1's clusters, pay
// quartiles): a part with fewer than min_count people on either side
// withholds every part's count and share, since the other parts and the whole
// would give it back; a part of fewer than min_count is marked total_withheld.
// `what` names the parts: "staff in a cluster".
void withhold_parts_together(std::vector<BandShare>& parts, const PrivacySettings& p, const std::string& what);

// Indicator 1's bands and the aspirational targets: headcounts below
// min_count, and every count that adds up with them (a band's parts, bands
// 8A-9, the whole workforce, the targets' total, the path's first point).
void withhold_band_counts(Snapshot& s, const std::vector<YearData>& years, const PrivacySettings& p);

// "fewer than 5 people", the one way a threshold is said.
std::string fewer_than(int n, const std::string& what);

}  // namespace wres
