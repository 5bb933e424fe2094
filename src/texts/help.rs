//! The words of the key help, per mode and action, in both languages. The keys themselves come
//! from the key table, so help says exactly what each binding does.

use super::Texts;
use crate::action::Action;
use crate::keymap::Mode;
use crate::model::Language;

impl Texts {
    /// What `action` does in `mode`, as help and the footer say it.
    pub fn action_help(&self, mode: Mode, action: Action) -> &'static str {
        let (en, zh) = words(mode, action);
        match self.language {
            Language::En => en,
            Language::Zh => zh,
        }
    }
}

fn words(mode: Mode, action: Action) -> (&'static str, &'static str) {
    match (mode, action) {
        (Mode::Any, Action::Quit) => ("quit", "退出"),
        (Mode::Any, Action::ToggleHelp) => ("show / hide this help", "显示 / 隐藏帮助"),
        (Mode::Any, Action::Suspend) => ("suspend to the shell", "挂起到命令行"),
        (Mode::Any, Action::Reload) => ("reload the file now", "立即重新载入"),
        (Mode::Any, Action::Edit) => ("edit in $EDITOR at this item", "在编辑器中打开此项"),
        (Mode::Any, Action::ToggleNotes) => ("show / hide speaker notes", "显示 / 隐藏讲稿备注"),
        (Mode::Picker, Action::Up) => ("previous briefing", "上一个简报"),
        (Mode::Picker, Action::Down) => ("next briefing", "下一个简报"),
        (Mode::Picker, Action::Open) => ("open the briefing", "打开简报"),
        (Mode::Overview, Action::NextPanel) => ("next panel", "下一栏"),
        (Mode::Overview, Action::PrevPanel) => ("previous panel", "上一栏"),
        (Mode::Overview, Action::Up) => ("previous item", "上一项"),
        (Mode::Overview, Action::Down) => ("next item", "下一项"),
        (Mode::Overview, Action::PageUp) => ("page up", "上一页"),
        (Mode::Overview, Action::PageDown) => ("page down", "下一页"),
        (Mode::Overview, Action::Home) => ("first item", "第一项"),
        (Mode::Overview, Action::End) => ("last item", "最后一项"),
        (Mode::Overview, Action::JumpToSection(0)) => ("goals", "目标"),
        (Mode::Overview, Action::JumpToSection(1)) => ("achievements", "成绩"),
        (Mode::Overview, Action::JumpToSection(2)) => ("challenges", "挑战"),
        (Mode::Overview, Action::Open) => ("open the item", "打开此项"),
        (Mode::Overview, Action::StartSearch) => ("search", "搜索"),
        (Mode::Overview, Action::NextMatch) => ("next match", "下一个匹配"),
        (Mode::Overview, Action::PrevMatch) => ("previous match", "上一个匹配"),
        (Mode::Overview, Action::Present) => ("present from here", "从此处开始演示"),
        (Mode::Overview, Action::ShowPicker) => ("back to the list of briefings", "返回简报列表"),
        (Mode::Detail, Action::Up) => ("scroll up", "向上滚动"),
        (Mode::Detail, Action::Down) => ("scroll down", "向下滚动"),
        (Mode::Detail, Action::PageUp) => ("page up", "上一页"),
        (Mode::Detail, Action::PageDown) => ("page down", "下一页"),
        (Mode::Detail, Action::Home) => ("top", "顶部"),
        (Mode::Detail, Action::End) => ("bottom", "底部"),
        (Mode::Detail, Action::NextPanel) => ("select the next linked item", "选择下一个关联项"),
        (Mode::Detail, Action::PrevPanel) => {
            ("select the previous linked item", "选择上一个关联项")
        }
        (Mode::Detail, Action::Open) => ("follow the selected link", "打开所选关联项"),
        (Mode::Detail, Action::ToggleNotes) => ("show / hide speaker notes", "显示 / 隐藏讲稿备注"),
        (Mode::Detail, Action::Present) => ("present from this item", "从此项开始演示"),
        (Mode::Detail, Action::Back) => ("back", "返回"),
        (Mode::Present, Action::NextSlide) => ("next slide", "下一页"),
        (Mode::Present, Action::PrevSlide) => ("previous slide", "上一页"),
        (Mode::Present, Action::FirstSlide) => ("first slide", "第一页"),
        (Mode::Present, Action::LastSlide) => ("last slide", "最后一页"),
        (Mode::Present, Action::StartGoto) => ("go to slide N", "跳到第 N 页"),
        (Mode::Present, Action::Blank) => ("blank the screen", "黑屏"),
        (Mode::Present, Action::ToggleNotes) => {
            ("show / hide speaker notes", "显示 / 隐藏讲稿备注")
        }
        (Mode::Present, Action::Back) => ("leave presentation", "退出演示"),
        (Mode::Help, Action::Up) => ("scroll up", "向上滚动"),
        (Mode::Help, Action::Down) => ("scroll down", "向下滚动"),
        (Mode::Help, Action::PageUp) => ("page up", "上一页"),
        (Mode::Help, Action::PageDown) => ("page down", "下一页"),
        (Mode::Help, Action::Home) => ("top", "顶部"),
        (Mode::Help, Action::End) => ("bottom", "底部"),
        (Mode::Help, Action::Back) => ("close the help", "关闭帮助"),
        (_, Action::Quit) => ("quit", "退出"),
        _ => ("", ""),
    }
}
