//! The keys serde accepts for a struct, read from its derived `Deserialize`.
//!
//! serde's derive passes the list of field names (aliases included) to the deserializer; a
//! deserializer that only records that list gives the keys without writing them down again.

use std::fmt;

use serde::de::{self, DeserializeOwned, Deserializer, Visitor};

/// Every key `T` accepts, aliases included, in field order; empty for a type that is not a
/// struct.
pub fn serde_keys<T: DeserializeOwned>() -> &'static [&'static str] {
    let mut probe = Probe { fields: &[] };
    // The probe always stops deserializing with an error once it has the list.
    let _ = T::deserialize(&mut probe);
    probe.fields
}

struct Probe {
    fields: &'static [&'static str],
}

#[derive(Debug)]
struct Stop;

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("key probe")
    }
}

impl std::error::Error for Stop {}

impl de::Error for Stop {
    fn custom<M: fmt::Display>(_: M) -> Stop {
        Stop
    }
}

impl<'de> Deserializer<'de> for &mut Probe {
    type Error = Stop;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Stop> {
        Err(Stop)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Stop> {
        self.fields = fields;
        Err(Stop)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::raw::{RawBriefing, RawPoint};

    #[test]
    fn lists_fields_and_aliases() {
        assert_eq!(serde_keys::<RawPoint>(), ["value", "date", "period"]);
        let top = serde_keys::<RawBriefing>();
        assert!(top.contains(&"organisation") && top.contains(&"organization"));
        assert!(serde_keys::<String>().is_empty());
    }
}
