//! The interface's own words, in the briefing's language.

mod help;

use crate::model::{Language, Severity, Status};

pub struct Texts {
    pub language: Language,
    pub on_track: &'static str,
    pub at_risk: &'static str,
    pub off_track: &'static str,
    pub done: &'static str,
    pub no_status: &'static str,
    pub low: &'static str,
    pub medium: &'static str,
    pub high: &'static str,
    pub critical: &'static str,
    pub key_metrics: &'static str,
    pub as_of: &'static str,
    pub presenter: &'static str,
    pub due: &'static str,
    pub days_left: Counted,
    pub days_overdue: Counted,
    pub owner: &'static str,
    pub tags: &'static str,
    pub baseline: &'static str,
    pub current: &'static str,
    pub target: &'static str,
    pub progress: &'static str,
    pub elapsed: &'static str,
    pub needed_rate: &'static str,
    pub achieved_rate: &'static str,
    pub per_year: &'static str,
    pub mitigation: &'static str,
    pub threatens: &'static str,
    pub threatened_by: &'static str,
    pub notes: &'static str,
    pub details: &'static str,
    pub metrics: &'static str,
    pub history: &'static str,
    pub slide: &'static str,
    pub search: &'static str,
    pub matches: Counted,
    pub no_match: &'static str,
    /// What Esc does in the overview while a search is confirmed.
    pub clear_search: &'static str,
    /// A file that does not load: "2 errors", and that the screen keeps up with the fixes.
    pub errors: Counted,
    pub follows_file: &'static str,
    pub help: &'static str,
    pub keys_hint: &'static str,
    pub briefings: &'static str,
    pub reloaded: &'static str,
    /// What the runtime tells the presenter in the footer; an OS error may follow a colon.
    pub live_reload_unavailable: &'static str,
    pub notes_unavailable: &'static str,
    pub notes_stopped: &'static str,
    pub notes_taken_over: &'static str,
    pub notes_dropped: &'static str,
    pub editor_failed: &'static str,
    pub changed: &'static str,
    pub too_small: &'static str,
    pub empty_section: &'static str,
    pub load_failed: &'static str,
    pub waiting_for: &'static str,
    pub goto_slide: &'static str,
    pub date: &'static str,
    pub severity: &'static str,
    pub status: &'static str,
    pub ahead: &'static str,
    pub behind: &'static str,
    pub on_time: &'static str,
    pub over_budget: &'static str,
    // `brief diff` and handouts.
    pub changes: &'static str,
    pub new_item: &'static str,
    pub was: &'static str,
    pub versus: &'static str,
    pub figures_changed: &'static str,
    pub gone_item: &'static str,
    pub better: &'static str,
    pub worse: &'static str,
    pub no_changes: &'static str,
    pub metric: &'static str,
    pub since_baseline: &'static str,
    pub rates: &'static str,
    /// The same for a rate, whose change is in points: "change per year".
    pub pace: &'static str,
    // Figures of real plans: periods, rates, results.
    pub missed: &'static str,
    pub planned: &'static str,
    pub met: &'static str,
    pub not_yet_measured: &'static str,
    pub met_at_baseline: &'static str,
    /// After a change of a rate: "pp", "个百分点".
    pub points: &'static str,
    pub so_far: &'static str,
    pub source: &'static str,
    pub target_for: &'static str,
    pub deadline_met: &'static str,
    pub unit: &'static str,
    pub title: &'static str,
    pub revised: &'static str,
    pub results: &'static str,
    pub compared_later: &'static str,
    pub compared_unrelated: &'static str,
    // The trajectory chart.
    pub trajectory: &'static str,
    pub needed_path: &'static str,
    pub at_rate: &'static str,
    pub at_pace: &'static str,
    pub axis_from: &'static str,
    // The per-period chart's table in the Markdown handout.
    pub period: &'static str,
    pub result: &'static str,
    pub verdict: &'static str,
}

pub const EN: Texts = Texts {
    language: Language::En,
    on_track: "on track",
    at_risk: "at risk",
    off_track: "off track",
    done: "done",
    no_status: "not assessed",
    low: "low",
    medium: "medium",
    high: "high",
    critical: "critical",
    key_metrics: "Key metrics",
    as_of: "as of",
    presenter: "presenter",
    due: "due",
    days_left: Counted::new("day left", "days left"),
    days_overdue: Counted::new("day overdue", "days overdue"),
    owner: "owner",
    tags: "tags",
    baseline: "baseline",
    current: "current",
    target: "target",
    progress: "progress",
    elapsed: "time elapsed",
    needed_rate: "needs",
    achieved_rate: "achieved",
    per_year: "/yr",
    mitigation: "What is being done",
    threatens: "Threatens",
    threatened_by: "Threatened by",
    notes: "Speaker notes",
    details: "Details",
    metrics: "Metrics",
    history: "history",
    slide: "slide",
    search: "search",
    matches: Counted::new("match", "matches"),
    no_match: "no match",
    clear_search: "clear the search",
    errors: Counted::new("error", "errors"),
    follows_file: "the screen follows the file as you fix it",
    help: "Keys",
    keys_hint: "? keys",
    briefings: "Briefings",
    reloaded: "reloaded",
    live_reload_unavailable: "live reload unavailable",
    notes_unavailable: "presenter notes unavailable",
    notes_stopped: "presenter notes stopped",
    notes_taken_over: "presenter notes now served from here (the other brief on this file quit)",
    notes_dropped: "a notes terminal fell behind and was disconnected; it reconnects when it reads again",
    editor_failed: "could not start the editor",
    changed: "changed",
    too_small: "terminal too small",
    empty_section: "(nothing yet)",
    load_failed: "could not load",
    waiting_for: "waiting for",
    goto_slide: "go to slide",
    date: "date",
    severity: "severity",
    status: "status",
    ahead: "ahead",
    behind: "behind",
    on_time: "on time",
    over_budget: "slide over budget by",
    changes: "Changes",
    new_item: "new",
    was: "was",
    versus: "vs",
    figures_changed: "changed",
    gone_item: "gone",
    better: "better",
    worse: "worse",
    no_changes: "no changes",
    metric: "Metric",
    since_baseline: "since baseline",
    rates: "growth per year",
    pace: "change per year",
    missed: "missed",
    planned: "planned",
    met: "met",
    not_yet_measured: "not yet measured",
    met_at_baseline: "met at baseline",
    points: "pp",
    so_far: "so far",
    source: "source",
    target_for: "for",
    deadline_met: "met",
    unit: "unit",
    title: "title",
    revised: "revised",
    results: "results",
    compared_later: "the briefing compared with is dated after this one: every change reads backwards",
    compared_unrelated: "the briefing compared with shares no item with this one: is it the right file?",
    trajectory: "Path to target",
    needed_path: "needed path",
    at_rate: "at",
    at_pace: "at this pace",
    axis_from: "axis from",
    period: "period",
    result: "result",
    verdict: "verdict",
};

pub const ZH: Texts = Texts {
    language: Language::Zh,
    on_track: "按计划",
    at_risk: "有风险",
    off_track: "滞后",
    done: "已完成",
    no_status: "未评估",
    low: "低",
    medium: "中",
    high: "高",
    critical: "严重",
    key_metrics: "关键指标",
    as_of: "截至",
    presenter: "报告人",
    due: "期限",
    days_left: Counted::same("天剩余"),
    days_overdue: Counted::same("天逾期"),
    owner: "负责人",
    tags: "标签",
    baseline: "基期",
    current: "现值",
    target: "目标",
    progress: "进度",
    elapsed: "时间进度",
    needed_rate: "需年均",
    achieved_rate: "实际年均",
    per_year: "/年",
    mitigation: "应对措施",
    threatens: "影响目标",
    threatened_by: "相关挑战",
    notes: "讲稿备注",
    details: "要点",
    metrics: "指标",
    history: "历史",
    slide: "页",
    search: "搜索",
    matches: Counted::same("处匹配"),
    no_match: "无匹配",
    clear_search: "清除搜索",
    errors: Counted::same("个错误"),
    follows_file: "文件改好后屏幕随之更新",
    help: "按键",
    keys_hint: "? 按键",
    briefings: "简报",
    reloaded: "已重新载入",
    live_reload_unavailable: "无法自动重新载入",
    notes_unavailable: "演讲者备注不可用",
    notes_stopped: "演讲者备注已停止",
    notes_taken_over: "演讲者备注改由此处提供（此文件的另一个 brief 已退出）",
    notes_dropped: "一个备注终端跟不上，已断开；它恢复读取后会重新连接",
    editor_failed: "无法启动编辑器",
    changed: "已更改",
    too_small: "终端窗口太小",
    empty_section: "（暂无）",
    load_failed: "无法载入",
    waiting_for: "等待文件",
    goto_slide: "跳到第几页",
    date: "日期",
    severity: "严重程度",
    status: "状态",
    ahead: "提前",
    behind: "超时",
    on_time: "按时",
    over_budget: "本页超时",
    changes: "变化",
    new_item: "新增",
    was: "原为",
    versus: "对比",
    figures_changed: "项指标变化",
    gone_item: "已删除",
    better: "向好",
    worse: "变差",
    no_changes: "无变化",
    metric: "指标",
    since_baseline: "较基期",
    rates: "年均增速",
    pace: "年均变化",
    missed: "未完成",
    planned: "计划",
    met: "完成",
    not_yet_measured: "尚无结果",
    met_at_baseline: "基期已达标",
    points: "个百分点",
    so_far: "累计",
    source: "来源",
    target_for: "",
    deadline_met: "已完成",
    unit: "单位",
    title: "标题",
    revised: "修订",
    results: "结果",
    compared_later: "对比的简报日期晚于本简报：所有变化方向相反",
    compared_unrelated: "对比的简报与本简报没有相同的条目：是否选错了文件？",
    trajectory: "目标路径",
    needed_path: "所需路径",
    at_rate: "按年均",
    at_pace: "按现有速度",
    axis_from: "纵轴起点",
    period: "期间",
    result: "结果",
    verdict: "完成情况",
};

/// A word that follows a count, in its singular and plural forms. English takes the singular
/// for exactly one ("1 match", "0 matches", "2 matches"); Chinese has no plural, so both forms
/// are the same word. Two languages with these two rules do not need a plural-rules crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counted {
    one: &'static str,
    other: &'static str,
}

impl Counted {
    const fn new(one: &'static str, other: &'static str) -> Counted {
        Counted { one, other }
    }

    const fn same(word: &'static str) -> Counted {
        Counted::new(word, word)
    }

    /// The word for `n` of a thing.
    pub fn word(&self, n: i64) -> &'static str {
        if n.unsigned_abs() == 1 {
            self.one
        } else {
            self.other
        }
    }

    /// "1 match", "3 matches", "3 处匹配".
    pub fn count(&self, n: i64) -> String {
        format!("{n} {}", self.word(n))
    }
}

pub fn texts(language: Language) -> &'static Texts {
    match language {
        Language::En => &EN,
        Language::Zh => &ZH,
    }
}

impl Texts {
    pub fn status(&self, status: Option<Status>) -> &'static str {
        match status {
            Some(Status::OnTrack) => self.on_track,
            Some(Status::AtRisk) => self.at_risk,
            Some(Status::OffTrack) => self.off_track,
            Some(Status::Missed) => self.missed,
            Some(Status::Planned) => self.planned,
            Some(Status::Done) => self.done,
            None => self.no_status,
        }
    }

    /// "terminal too small: need 30×8, have 20×5".
    pub fn too_small_message(&self, need: (u16, u16), have: (u16, u16)) -> String {
        let (nw, nh, w, h) = (need.0, need.1, have.0, have.1);
        match self.language {
            Language::En => format!("{}: need {nw}×{nh}, have {w}×{h}", self.too_small),
            Language::Zh => format!("{}：至少需要 {nw}×{nh}，当前 {w}×{h}", self.too_small),
        }
    }

    /// The notes follower before the presenter is there; `key` starts presenting.
    pub fn notes_waiting(&self, path: &str, key: &str) -> String {
        match self.language {
            Language::En => format!(
                "{} {path}: run `brief {path}` in another terminal and press {key}",
                self.waiting_for
            ),
            Language::Zh => format!(
                "{} {path}：请在另一个终端运行 `brief {path}`，再按 {key} 开始演示",
                self.waiting_for
            ),
        }
    }

    /// "(speaker notes hidden: n shows them)"; `key` shows them.
    pub fn notes_hidden(&self, key: &str) -> String {
        match self.language {
            Language::En => format!("speaker notes hidden: {key} shows them"),
            Language::Zh => format!("讲稿备注已隐藏：按 {key} 显示"),
        }
    }

    /// "6 more", "还有 6 项": what a list has beyond what is shown.
    pub fn more(&self, n: usize) -> String {
        match self.language {
            Language::En => format!("{n} more"),
            Language::Zh => format!("还有 {n} 项"),
        }
    }

    pub fn severity(&self, severity: Severity) -> &'static str {
        match severity {
            Severity::Low => self.low,
            Severity::Medium => self.medium,
            Severity::High => self.high,
            Severity::Critical => self.critical,
        }
    }
}

/// A symbol for each status, so status never depends on colour alone.
pub fn status_symbol(status: Option<Status>) -> &'static str {
    match status {
        Some(Status::Done) => "✔",
        Some(Status::OnTrack) => "●",
        Some(Status::AtRisk) => "▲",
        Some(Status::OffTrack) => "✖",
        Some(Status::Missed) => "✗",
        Some(Status::Planned) => "◇",
        None => "○",
    }
}

pub fn severity_symbol(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical => "‼",
        Severity::High => "▲",
        Severity::Medium => "●",
        Severity::Low => "·",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_take_the_plural_of_their_language() {
        assert_eq!(EN.matches.count(1), "1 match");
        assert_eq!(EN.matches.count(0), "0 matches");
        assert_eq!(EN.days_left.count(1), "1 day left");
        assert_eq!(EN.days_overdue.count(2), "2 days overdue");
        assert_eq!(ZH.matches.count(1), "1 处匹配");
        assert_eq!(ZH.days_left.count(2), "2 天剩余");
    }
}
