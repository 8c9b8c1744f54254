#pragma once

#include <cstddef>
#include <vector>

// The demo platforms' shared subject taxonomy. Both platforms cover the same subjects but name
// the top level differently (得到 "商业", 喜马拉雅 "商业财经"), which is what a per-pair taxonomy map
// has to bridge. Sub-categories carry subject words used for titles and search keywords.
struct DemoCategory
{
    const char *dedaoTop;     // 得到's top-level name, first part of category_path
    const char *ximalayaTop;  // 喜马拉雅's top-level name_zh
    const char *topSlug;
    const char *name;         // sub-category name (both platforms)
    const char *slug;         // sub-category slug suffix
    std::vector<const char *> subjects;
    double popularity;        // how many people are interested in it, relative
};

class DemoTaxonomy
{
public:
    static const std::vector<DemoCategory> &categories();
    static std::size_t count() { return categories().size(); }
    // Top-level index (0-based, in order of first appearance) of sub-category `sub`.
    static std::size_t topIndex(std::size_t sub);
    static std::size_t topCount();
};
