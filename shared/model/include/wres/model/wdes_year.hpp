#pragma once
// [[wdes_year]]: one year of the Workforce Disability Equality Standard as
// the admins wrote it (DESIGN 8.2), after validation. This is the WDES
// family's reader's model: its groups' words are the config's.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "wres/model/comparator.hpp"
#include "wres/model/date.hpp"

namespace wres {

struct DisabilityCounts {  // people by declared disability
  long long disabled = 0, non_disabled = 0, unknown = 0;
};
// Metric 1 by cluster: "1" bands under 1-4 .. "4" 8c-9 and VSM (clinical or
// non-clinical), "5" consultants, "6" non-consultant career grades, "7"
// trainee grades (medical).
struct WdesCluster {
  std::string cluster;
  BandGroup group = BandGroup::all;
  DisabilityCounts counts;
};
struct WdesRecruitment {
  long long disabled_shortlisted = 0, disabled_appointed = 0, non_disabled_shortlisted = 0, non_disabled_appointed = 0;
};
struct WdesCases {  // metric 3: formal capability cases on performance
  long long disabled = 0, non_disabled = 0;
};
struct WdesSurvey {  // 4a-7: each group's % and, when given, respondents
  double disabled_pct = 0, non_disabled_pct = 0;
  std::optional<long long> disabled_n, non_disabled_n;
};
struct WdesAdjustments {  // 8: Disabled staff only
  double disabled_pct = 0;
  std::optional<long long> disabled_n;
};
struct WdesEngagement {  // 9a: the staff engagement score, 0-10
  double disabled = 0, non_disabled = 0;
};
struct WdesVoice {  // 9b: facilities for Disabled staff's voices to be heard
  bool yes = false;
  std::string note;
};
struct WdesBoard {  // 10: voting and executive membership
  long long voting_disabled = 0, voting_total = 0;
  std::optional<long long> exec_disabled, exec_total;
};

struct WdesYear {
  int wdes_year = 0;
  Date as_at;                                // default 31 March of wdes_year
  std::optional<Date> survey_published;      // 4-9a of this year are withheld before this day
  std::optional<int> survey_year;            // the NHS Staff Survey 4-9a come from; absent: wdes_year - 1
  std::map<std::string, std::string> notes;  // by metric key: the trust's own reading, shown beside the figure
  SourceLoc where;
  std::optional<DisabilityCounts> workforce;
  std::vector<WdesCluster> clusters;
  std::optional<WdesRecruitment> recruitment;
  std::optional<WdesCases> capability;
  std::map<std::string, WdesSurvey> surveys;  // by metric key: hba_public .. valued
  std::optional<WdesAdjustments> adjustments;
  std::optional<WdesEngagement> engagement;
  std::optional<WdesVoice> voice;
  std::optional<WdesBoard> board;
  std::map<std::string, double> published;  // figures known only as published, by metric key
  std::vector<Comparator> comparators;
};

}  // namespace wres
