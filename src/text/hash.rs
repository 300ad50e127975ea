//! A small, fast hasher for the core's own tables (words, ids, index pairs).
//!
//! The standard library's SipHash resists hash flooding, which costs time on every short key;
//! the core hashes millions of words per megabyte and showed SipHash high in profiles. This is
//! the multiply-rotate scheme of rustc's FxHash, eight bytes at a time. A hostile text can at
//! worst slow down its own analysis, in the reader's own browser, so flooding is not a threat
//! worth paying for. Written here rather than taken from a crate: the page counts every byte.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash: `hash = (hash.rotl(5) ^ word) * K` over 64-bit words.
#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher(u64);

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(K);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().expect("eight bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            // The length tells "ab" from "ab\0".
            self.add(u64::from_le_bytes(last) ^ ((rest.len() as u64) << 59));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FxBuild = BuildHasherDefault<FxHasher>;
pub type FxHashMap<K, V> = HashMap<K, V, FxBuild>;
pub type FxHashSet<K> = HashSet<K, FxBuild>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::{BuildHasher, Hash};

    fn hash<T: Hash + ?Sized>(value: &T) -> u64 {
        FxBuild::default().hash_one(value)
    }

    #[test]
    fn keys_that_differ_hash_apart_and_tables_work() {
        let words = [
            "a",
            "ab",
            "ab\0",
            "lead",
            "~lead",
            "leads",
            "eightchr",
            "eightchrs",
        ];
        let hashes: FxHashSet<u64> = words.iter().map(|w| hash(*w)).collect();
        assert_eq!(hashes.len(), words.len());
        assert_eq!(hash("model"), hash(&"model".to_owned()));
        let mut map: FxHashMap<&str, usize> = FxHashMap::default();
        for (i, w) in words.iter().enumerate() {
            map.insert(w, i);
        }
        assert_eq!(map.get("eightchrs"), Some(&7));
        assert_eq!(map.get("eight"), None);
    }
}
