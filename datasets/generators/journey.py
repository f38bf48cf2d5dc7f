"""Write journey_furnishing.csv: the home-furnishings e-commerce journey as a tidy table.

Not random: a hand-built teaching case for notebook 08, after the guide's e-commerce example
(browse, choose, order, delivery and installation, use, after-sales). One row per element of
the service blueprint: the lane it sits in (customer actions, front stage, back stage, support
processes), its text in zh and en, and for customer-facing touchpoints the channel, the
environment (people / physical / digital, clause 6.1.1), the owner, an emotion score (-2..2),
pain points and moments of truth.

Run: python datasets/generators/journey.py
"""

from pathlib import Path

import pandas as pd

OUT = Path(__file__).resolve().parents[1] / "journey_furnishing.csv"
C, F, B, S = "customer", "front", "back", "support"
ROWS = [
    # stage, lane, zh, en, channel, environment, owner, emotion, pain_zh, pain_en, moment_of_truth
    ("browse", C, "在 App 上浏览沙发", "Browses sofas in the app", "app", "digital", "platform", 1, "", "", False),
    ("browse", F, "个性化推荐与商品页", "Recommendations and product pages", "app", "digital", "product", None, "", "", False),
    ("browse", S, "推荐算法与商品数据", "Recommendation engine and product data", "", "", "data", None, "", "", False),
    ("choose", C, "比较尺寸和颜色，咨询客服", "Compares sizes and colours, asks service", "online", "people", "service", 0, "图片颜色与实物不符", "Photo colours differ from the real thing", True),
    ("choose", F, "在线客服解答问题", "Online agent answers questions", "online", "people", "service", None, "", "", False),
    ("choose", B, "查询库存与交期", "Checks stock and lead time", "", "", "logistics", None, "", "", False),
    ("order", C, "下单并选择送货时段", "Orders and picks a delivery slot", "app", "digital", "platform", 1, "", "", False),
    ("order", F, "订单确认与支付页", "Order confirmation and payment", "app", "digital", "platform", None, "", "", False),
    ("order", B, "订单分配到仓库", "Order routed to a warehouse", "", "", "logistics", None, "", "", False),
    ("order", S, "支付与订单系统", "Payment and order systems", "", "", "platform", None, "", "", False),
    ("deliver_install", C, "等待送货、师傅上门安装", "Waits for delivery; installer visits", "home", "people", "logistics", -2, "送货迟到、安装师傅改约两次", "Late delivery; installer rescheduled twice", True),
    ("deliver_install", F, "安装师傅上门", "Installer at the door", "home", "people", "logistics", None, "", "", False),
    ("deliver_install", B, "配送调度与安装排班", "Dispatch and installer scheduling", "", "", "logistics", None, "", "", False),
    ("deliver_install", S, "外部物流商", "External carrier", "", "", "logistics", None, "", "", False),
    ("use", C, "使用新沙发", "Uses the new sofa", "home", "physical", "product", 1, "", "", False),
    ("use", F, "使用与保养说明", "Use and care guide", "home", "physical", "product", None, "", "", False),
    ("after_sales", C, "申请更换损坏的靠垫", "Asks to replace a damaged cushion", "phone", "people", "service", -1, "要重复说明三次问题", "Has to explain the problem three times", True),
    ("after_sales", F, "客服热线受理", "Hotline takes the request", "phone", "people", "service", None, "", "", False),
    ("after_sales", B, "工单流转到仓库", "Ticket passed to the warehouse", "", "", "service", None, "", "", False),
    ("after_sales", S, "工单系统", "Ticketing system", "", "", "platform", None, "", "", False),
]


def generate() -> pd.DataFrame:
    cols = ["stage", "lane", "element_zh", "element_en", "channel", "environment", "owner",
            "emotion", "pain_zh", "pain_en", "moment_of_truth"]
    table = pd.DataFrame(ROWS, columns=cols)
    table["emotion"] = table["emotion"].astype("Int64")
    return table


if __name__ == "__main__":
    generate().to_csv(OUT, index=False, encoding="utf-8", lineterminator="\n")
    print(f"wrote {OUT}")
