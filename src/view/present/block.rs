//! Where a slide's block goes: centred vertically when it is shorter than the screen, as
//! presenters expect, rather than at the top with half the screen empty below.

use ratatui::layout::Rect;

/// The rows of `area` a block of `height` rows takes, centred; all of `area` when taller.
pub fn centred(area: Rect, height: u16) -> Rect {
    let height = height.min(area.height);
    Rect {
        y: area.y + (area.height - height) / 2,
        height,
        ..area
    }
}

/// What is left of `area` below its first `used` rows.
pub fn below(area: Rect, used: u16) -> Rect {
    let used = used.min(area.height);
    Rect {
        y: area.y + used,
        height: area.height - used,
        ..area
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_block_sits_in_the_middle_and_a_tall_one_fills() {
        let area = Rect::new(0, 2, 80, 20);
        assert_eq!(centred(area, 6), Rect::new(0, 9, 80, 6));
        assert_eq!(centred(area, 30), area);
        assert_eq!(below(area, 5), Rect::new(0, 7, 80, 15));
        assert_eq!(below(area, 50).height, 0);
    }
}
