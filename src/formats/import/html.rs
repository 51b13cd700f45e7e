//! HTML articles: the readable text (headings, paragraphs, list items,
//! quotes), with scripts, styles, navigation and other page furniture dropped
//! and entities decoded by a real HTML parser.

use scraper::{ElementRef, Html, Node};

/// Elements whose content is never article text.
const DROP: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "svg", "iframe", "select", "head", "menu",
];

/// Table cells: kept apart by a tab within their row.
const CELL: &[&str] = &["td", "th"];

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
    "caption",
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
    walk(body.unwrap_or(root), &mut cur, &mut blocks);
    flush(&mut cur, &mut blocks, false);
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

/// Ends the current block. Text of a `<pre>` keeps its leading
/// indentation: only the line breaks around it go.
fn flush(cur: &mut String, blocks: &mut Vec<String>, pre: bool) {
    let t = if pre {
        cur.trim_matches(['\n', '\r'])
    } else {
        cur.trim()
    };
    if !t.trim().is_empty() {
        blocks.push(t.to_string());
    }
    cur.clear();
}

fn push_collapsed(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_whitespace() && c != '\u{a0}' {
            // No space at the start of a line or after a cell's tab.
            if !out.is_empty() && !out.ends_with([' ', '\n', '\t']) {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

/// One step of the walk over the page, in document order.
enum Step<'a> {
    /// An element to enter; `pre` inside `<pre>`, `article` inside an
    /// `<article>` (whose `<header>` holds its headline, not page furniture).
    Open(ElementRef<'a>, bool, bool),
    /// A text node; `pre` as above.
    Text(&'a str, bool),
    /// `<br>`: a line break inside a paragraph stays a line break.
    Br,
    /// The end of an element: a block ends here.
    Close { block: bool, pre: bool },
}

/// Walks the tree with a stack of its own, not by recursion: a page of
/// tens of thousands of nested elements must not overflow the stack.
fn walk(root: ElementRef<'_>, cur: &mut String, blocks: &mut Vec<String>) {
    let mut stack = vec![Step::Open(root, false, false)];
    while let Some(step) = stack.pop() {
        let (el, pre, article) = match step {
            Step::Text(t, pre) => {
                if pre {
                    cur.push_str(t);
                } else {
                    push_collapsed(cur, t);
                }
                continue;
            }
            Step::Br => {
                while cur.ends_with(' ') {
                    cur.pop();
                }
                cur.push('\n');
                continue;
            }
            Step::Close { block, pre } => {
                if block {
                    flush(cur, blocks, pre);
                }
                continue;
            }
            Step::Open(el, pre, article) => (el, pre, article),
        };
        let name = el.value().name();
        let block = BLOCK.contains(&name);
        if block {
            flush(cur, blocks, pre);
        } else if CELL.contains(&name) && !cur.trim().is_empty() {
            // Cells of a row stay apart: `Revenue<TAB>5 million`.
            while cur.ends_with(' ') {
                cur.pop();
            }
            cur.push('\t');
        }
        let inner_pre = pre || name == "pre";
        let inner_article = article || name == "article";
        stack.push(Step::Close {
            block,
            pre: inner_pre,
        });
        let at = stack.len();
        for child in el.children() {
            match child.value() {
                Node::Text(t) => stack.push(Step::Text(t, inner_pre)),
                Node::Element(e) => {
                    let n = e.name();
                    let furniture = DROP.contains(&n) && !(n == "header" && inner_article);
                    if furniture || e.attr("hidden").is_some() {
                        continue;
                    }
                    if n == "br" {
                        stack.push(Step::Br);
                        continue;
                    }
                    if let Some(c) = ElementRef::wrap(child) {
                        stack.push(Step::Open(c, inner_pre, inner_article));
                    }
                }
                _ => {}
            }
        }
        // Children were pushed in order: reversed, they pop in order.
        stack[at..].reverse();
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
    fn deep_pages_do_not_overflow_the_stack() {
        let html = format!(
            "{}Deep text.{}",
            "<div>".repeat(20_000),
            "</div>".repeat(20_000)
        );
        assert_eq!(html_to_text(&html), "Deep text.");
    }

    #[test]
    fn article_headers_cells_line_breaks_and_pre() {
        let html = "<body><header>Site menu</header><article><header><h1>Port strike ends</h1></header>\
            <p>First line<br>\n   Second line</p>\
            <table><tr><td>Revenue</td><td>5 million</td></tr></table>\
            <pre>\n    indented code\n</pre></article></body>";
        assert_eq!(
            html_to_text(html),
            "Port strike ends\n\nFirst line\nSecond line\n\nRevenue\t5 million\n\n    indented code"
        );
    }

    #[test]
    fn title_when_body_is_empty() {
        assert_eq!(html_to_text("<title>Only a title</title>"), "Only a title");
    }
}
