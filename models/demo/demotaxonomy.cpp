#include "demo/demotaxonomy.h"

#include <cstring>

const std::vector<DemoCategory> &DemoTaxonomy::categories()
{
    static const std::vector<DemoCategory> kCategories = {
        {"商业", "商业财经", "business", "管理", "management", {"管理学", "领导力", "组织行为", "团队管理", "战略"}, 1.6},
        {"商业", "商业财经", "business", "金融", "finance", {"投资理财", "经济学", "股票入门", "基金定投", "货币银行"}, 1.8},
        {"商业", "商业财经", "business", "营销", "marketing", {"品牌营销", "用户增长", "私域运营", "广告学", "消费心理"}, 1.0},
        {"人文", "人文国学", "humanities", "历史", "history", {"中国通史", "世界史", "宋朝史", "明朝史", "考古"}, 1.7},
        {"人文", "人文国学", "humanities", "哲学", "philosophy", {"西方哲学", "中国哲学", "逻辑学", "伦理学", "庄子"}, 0.9},
        {"人文", "人文国学", "humanities", "文学", "literature", {"唐诗", "宋词", "红楼梦", "现代小说", "写作课"}, 1.2},
        {"科学", "科普", "science", "物理", "physics", {"相对论", "量子力学", "天文学", "宇宙学"}, 0.7},
        {"科学", "科普", "science", "生命科学", "biology", {"进化论", "脑科学", "基因", "医学常识"}, 0.8},
        {"科学", "科普", "science", "科技", "technology", {"人工智能", "编程入门", "数据分析", "芯片产业"}, 1.3},
        {"个人成长", "个人成长", "growth", "心理", "psychology", {"心理学", "认知心理学", "情绪管理", "亲密关系"}, 1.5},
        {"个人成长", "个人成长", "growth", "职场", "career", {"沟通表达", "时间管理", "职场写作", "演讲", "谈判"}, 1.4},
        {"个人成长", "个人成长", "growth", "学习方法", "learning", {"英语口语", "学习方法", "思维导图", "记忆术"}, 1.1},
        {"生活", "生活健康", "life", "健康", "health", {"营养学", "睡眠", "健身", "中医养生"}, 0.9},
        {"生活", "生活健康", "life", "亲子", "parenting", {"亲子教育", "儿童心理", "家庭教育", "绘本"}, 1.0},
        {"生活", "生活健康", "life", "艺术", "art", {"古典音乐", "西方美术", "摄影", "书法"}, 0.6},
    };
    return kCategories;
}

std::size_t DemoTaxonomy::topIndex(std::size_t sub)
{
    const auto &cats = categories();
    std::size_t top = 0;
    for (std::size_t i = 1; i <= sub; ++i) {
        if (std::strcmp(cats[i].topSlug, cats[i - 1].topSlug) != 0)
            ++top;
    }
    return top;
}

std::size_t DemoTaxonomy::topCount()
{
    return topIndex(count() - 1) + 1;
}
