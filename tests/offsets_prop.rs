//! Property tests: code point <-> byte conversion and the project file round
//! trip, over text full of emoji, combining marks, curly quotes and CRLF.

use newsmark::Document;
use newsmark::model::{OffsetMap, Span, SpanId};
use newsmark::project::{self, Project};
use proptest::prelude::*;

fn tricky_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("a".to_string()),
        Just("Word ".to_string()),
        Just("\r\n".to_string()),
        Just("\n".to_string()),
        Just("👍🏽".to_string()),
        Just("👨‍👩‍👧".to_string()),
        Just("e\u{301}".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("‘’«»„".to_string()),
        Just("\"".to_string()),
        "[a-zé ]{0,5}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..80).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn offsets_round_trip(text in tricky_text()) {
        let map = OffsetMap::new(&text);
        prop_assert_eq!(map.char_len(), text.chars().count());
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            prop_assert_eq!(map.to_char(&text, bi), ci);
            prop_assert_eq!(map.to_byte(&text, ci), Some(bi));
        }
        // Any byte maps to a code point whose byte offset is on a boundary at or before it.
        for b in 0..=text.len() {
            let c = map.to_char(&text, b);
            let back = map.to_byte(&text, c).unwrap();
            prop_assert!(back <= b && text.is_char_boundary(back));
        }
    }

    #[test]
    fn project_round_trips_through_ron(text in tricky_text(), cuts in prop::collection::vec((0usize..200, 0usize..200, 0usize..3), 0..12)) {
        let mut p = Project::new();
        let mut d = Document::new("d", "d", text.clone());
        let n = d.char_len();
        for (a, b, l) in cuts {
            if n == 0 { break; }
            let (a, b) = (a % (n + 1), b % (n + 1));
            let (s, e) = (a.min(b), a.max(b));
            let (Some(s), Some(e)) = (d.byte_at(s), d.byte_at(e)) else { continue };
            let id = SpanId(p.next_span_id());
            if d.add_span(Span::manual(id, s, e, ["CLAIM", "QUOTE", "FIGURE"][l])).is_ok() {
                p.alloc_span_id();
            }
        }
        p.add_document(d);
        let s1 = project::to_canonical_string(&p).unwrap();
        let (q, problems) = project::io::from_str(&s1, std::path::Path::new("t.ron")).unwrap();
        prop_assert!(problems.is_empty(), "{:?}", problems);
        prop_assert_eq!(&q, &p);
        prop_assert_eq!(q.documents[0].text(), text.as_str());
        prop_assert_eq!(project::to_canonical_string(&q).unwrap(), s1);
    }
}
