//! The few MessagePack encodings the spaCy DocBin needs, written straight
//! to a stream (maps, arrays, strings, binaries, unsigned ints, booleans).

use std::io::{self, Write};

fn len_header(w: &mut impl Write, n: usize, fix: u8, fix_max: usize, m16: u8) -> io::Result<()> {
    if n <= fix_max {
        w.write_all(&[fix | n as u8])
    } else if n <= u16::MAX as usize {
        w.write_all(&[m16])?;
        w.write_all(&(n as u16).to_be_bytes())
    } else {
        w.write_all(&[m16 + 1])?;
        w.write_all(&(n as u32).to_be_bytes())
    }
}

/// A map header of `n` pairs.
pub fn map(w: &mut impl Write, n: usize) -> io::Result<()> {
    len_header(w, n, 0x80, 15, 0xde)
}

/// An array header of `n` items.
pub fn array(w: &mut impl Write, n: usize) -> io::Result<()> {
    len_header(w, n, 0x90, 15, 0xdc)
}

/// A UTF-8 string.
pub fn str(w: &mut impl Write, s: &str) -> io::Result<()> {
    let n = s.len();
    if n <= 31 {
        w.write_all(&[0xa0 | n as u8])?;
    } else if n <= u8::MAX as usize {
        w.write_all(&[0xd9, n as u8])?;
    } else if n <= u16::MAX as usize {
        w.write_all(&[0xda])?;
        w.write_all(&(n as u16).to_be_bytes())?;
    } else {
        w.write_all(&[0xdb])?;
        w.write_all(&(n as u32).to_be_bytes())?;
    }
    w.write_all(s.as_bytes())
}

/// The header of a binary of `n` bytes; the caller writes the bytes.
pub fn bin_header(w: &mut impl Write, n: usize) -> io::Result<()> {
    if n <= u8::MAX as usize {
        w.write_all(&[0xc4, n as u8])
    } else if n <= u16::MAX as usize {
        w.write_all(&[0xc5])?;
        w.write_all(&(n as u16).to_be_bytes())
    } else {
        w.write_all(&[0xc6])?;
        w.write_all(&(n as u32).to_be_bytes())
    }
}

/// A binary.
pub fn bin(w: &mut impl Write, b: &[u8]) -> io::Result<()> {
    bin_header(w, b.len())?;
    w.write_all(b)
}

/// An unsigned integer in its shortest form.
pub fn uint(w: &mut impl Write, v: u64) -> io::Result<()> {
    if v < 128 {
        w.write_all(&[v as u8])
    } else if v <= u8::MAX as u64 {
        w.write_all(&[0xcc, v as u8])
    } else if v <= u16::MAX as u64 {
        w.write_all(&[0xcd])?;
        w.write_all(&(v as u16).to_be_bytes())
    } else if v <= u32::MAX as u64 {
        w.write_all(&[0xce])?;
        w.write_all(&(v as u32).to_be_bytes())
    } else {
        w.write_all(&[0xcf])?;
        w.write_all(&v.to_be_bytes())
    }
}

/// A boolean.
pub fn bool(w: &mut impl Write, b: bool) -> io::Result<()> {
    w.write_all(&[if b { 0xc3 } else { 0xc2 }])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_match_the_spec() {
        let mut v = Vec::new();
        map(&mut v, 1).unwrap();
        str(&mut v, "sc").unwrap();
        array(&mut v, 2).unwrap();
        uint(&mut v, 300).unwrap();
        bool(&mut v, false).unwrap();
        bin(&mut v, &[1, 2]).unwrap();
        assert_eq!(
            v,
            [
                0x81, 0xa2, b's', b'c', 0x92, 0xcd, 0x01, 0x2c, 0xc2, 0xc4, 2, 1, 2
            ]
        );
        let mut big = Vec::new();
        str(&mut big, &"x".repeat(40)).unwrap();
        assert_eq!(&big[..2], &[0xd9, 40]);
        let mut long = Vec::new();
        array(&mut long, 70000).unwrap();
        assert_eq!(long, [0xdd, 0, 1, 0x11, 0x70]);
    }
}
