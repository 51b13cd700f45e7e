//! HTML articles: the readable text (headings, paragraphs, list items,
//! quotes), with scripts, styles, navigation and other page furniture dropped
//! and entities decoded by a real HTML parser.

use scraper::{ElementRef, Html, Node};

/// Elements whose content is never article text.
const DROP: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "svg", "iframe", "select", "head", "menu",
];

/// Elements that start a new block of text.
const BLOCK: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "figcaption",
    "pre",
    "div",
    "section",
    "article",
    "main",
    "tr",
    "dd",
    "dt",
    "table",
    "ul",
    "ol",
    "figure",
    "address",
    "title",
];

/// The readable text of an HTML page: one block per paragraph or heading,
/// blocks separated by a blank line, white space inside a block collapsed
/// (except in `<pre>`). The `<title>` is used only when the body has no text.
pub fn html_to_text(html: &str) -> String {
    let doc = Html::parse_document(html);
    let mut blocks = Vec::new();
    let mut cur = String::new();
    let root = doc.root_element();
    let body = root
        .children()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "body");
    walk(body.unwrap_or(root), false, &mut cur, &mut blocks);
    flush(&mut cur, &mut blocks);
    if blocks.is_empty() {
        let title = root
            .descendants()
            .filter_map(ElementRef::wrap)
            .find(|e| e.value().name() == "title");
        if let Some(t) = title {
            let mut s = String::new();
            for piece in t.text() {
                push_collapsed(&mut s, piece);
            }
            let s = s.trim().to_string();
            if !s.is_empty() {
                blocks.push(s);
            }
        }
    }
    blocks.join("\n\n")
}

fn flush(cur: &mut String, blocks: &mut Vec<String>) {
    let t = cur.trim();
    if !t.is_empty() {
        blocks.push(t.to_string());
    }
    cur.clear();
}

fn push_collapsed(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_whitespace() && c != '\u{a0}' {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

fn walk(el: ElementRef<'_>, pre: bool, cur: &mut String, blocks: &mut Vec<String>) {
    for child in el.children() {
        match child.value() {
            Node::Text(t) => {
                if pre {
                    cur.push_str(t);
                } else {
                    push_collapsed(cur, t);
                }
            }
            Node::Element(e) => {
                let name = e.name();
                if DROP.contains(&name) || e.attr("hidden").is_some() {
                    continue;
                }
                let Some(child_el) = ElementRef::wrap(child) else {
                    continue;
                };
                if name == "br" {
                    // A line break inside a paragraph stays a line break.
                    while cur.ends_with(' ') {
                        cur.pop();
                    }
                    cur.push('\n');
                    continue;
                }
                let block = BLOCK.contains(&name);
                if block {
                    flush(cur, blocks);
                }
                walk(child_el, pre || name == "pre", cur, blocks);
                if block {
                    flush(cur, blocks);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_paragraphs_drops_furniture_decodes_entities() {
        let html = r#"<html><head><title>T</title><style>p{}</style></head><body>
            <nav>Home | World</nav>
            <h1>Big &amp; bold</h1>
            <p>“Hello,”   she said.<script>alert(1)</script> It cost &euro;5&nbsp;000.</p>
            <footer>© Paper</footer></body></html>"#;
        assert_eq!(
            html_to_text(html),
            "Big & bold\n\n“Hello,” she said. It cost €5\u{a0}000."
        );
    }

    #[test]
    fn title_when_body_is_empty() {
        assert_eq!(html_to_text("<title>Only a title</title>"), "Only a title");
    }
}
