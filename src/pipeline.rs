//! Ordered parallel processing: inputs go through `work` on a thread pool and
//! their results reach a [`Sink`] one at a time, in input order.
//!
//! There is no reader and no writer thread. A worker takes its next input
//! itself (from a list, or from a channel another thread fills), and the
//! worker that finishes the oldest unwritten result writes it, with every
//! result after it that is ready. The others leave their results in a reorder
//! buffer and go on. So no thread has to be woken per document: on a busy
//! machine every wake-up takes a core from a worker, and a wake-up costs about
//! as much as extracting a short article.
//!
//! Memory stays bounded whatever the corpus size: a worker does not take an
//! input more than `window` places ahead of the oldest unwritten result (a
//! long article at the head of the line makes the others wait, not pile up).

use std::collections::VecDeque;
use std::io;
use std::sync::{mpsc, Arc, Condvar, Mutex, MutexGuard};

/// Where the results go. Called on whichever worker writes; one call at a
/// time, in input order.
pub trait Sink<R>: Send + 'static {
    /// Takes the next result.
    fn put(&mut self, result: R) -> io::Result<()>;
    /// Every input received so far has been written and the next one is not
    /// there yet (only for [`Supply::Stream`]): the time to flush, so that a
    /// record streamed in comes out without waiting for the next ones.
    fn caught_up(&mut self) -> io::Result<()>;
}

/// The inputs.
pub enum Supply<I> {
    /// All known up front (paths).
    List(Vec<I>),
    /// Arriving over time on a channel (records read from a stream by a
    /// thread of the caller's). The pipeline ends when the sender is dropped.
    Stream(mpsc::Receiver<I>),
}

struct State<I, R> {
    list: std::vec::IntoIter<I>,
    /// Inputs handed to workers so far (the index of the next one).
    taken: usize,
    /// Results written so far (the index of `pending[0]`).
    written: usize,
    pending: VecDeque<Option<R>>,
    /// A worker is writing: others only leave their results.
    writing: bool,
    /// Workers waiting for room in the window.
    waiting: usize,
    ended: usize,
    stopped: bool,
    error: Option<io::Error>,
}

struct Shared<I, R, S> {
    state: Mutex<State<I, R>>,
    /// Signalled when the window moves or the pipeline stops.
    room: Condvar,
    /// Signalled when the last worker ends or the pipeline stops.
    end: Condvar,
    stream: Option<Mutex<mpsc::Receiver<I>>>,
    /// Only the writing worker locks it, so it is never contended.
    sink: Mutex<Option<S>>,
    window: usize,
    workers: usize,
}

/// Locks, whether or not another thread panicked while holding the lock: the
/// state stays consistent (every critical section below is panic-free), and
/// the pipeline must end either way.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl<I, R, S: Sink<R>> Shared<I, R, S> {
    /// The next input and its index, once the window has room; None when
    /// there are no more or the pipeline has stopped.
    fn take(&self) -> Option<(usize, I)> {
        let mut st = lock(&self.state);
        loop {
            if st.stopped {
                return None;
            }
            if st.taken < st.written + self.window {
                break;
            }
            st.waiting += 1;
            st = self.room.wait(st).unwrap_or_else(|e| e.into_inner());
            st.waiting -= 1;
        }
        let Some(rx) = &self.stream else {
            let input = st.list.next()?;
            st.taken += 1;
            return Some((st.taken - 1, input));
        };
        drop(st);
        // Other workers wait on this lock while its holder waits for the
        // stream: the index is given under it, so indices follow arrival.
        let rx = lock(rx);
        let input = rx.recv().ok()?;
        let mut st = lock(&self.state);
        if st.stopped {
            return None;
        }
        st.taken += 1;
        Some((st.taken - 1, input))
    }

    /// Leaves result `i`; writes it and those after it that are ready when it
    /// is the oldest unwritten one and no other worker is writing.
    fn put(&self, i: usize, result: R, ready: &mut Vec<R>) {
        let mut st = lock(&self.state);
        let k = i - st.written;
        if st.pending.len() <= k {
            st.pending.resize_with(k + 1, || None);
        }
        st.pending[k] = Some(result);
        if st.writing || st.stopped {
            // The writing worker looks again before it stops writing.
            return;
        }
        st.writing = true;
        let mut unflushed = false;
        loop {
            while let Some(Some(_)) = st.pending.front() {
                ready.extend(st.pending.pop_front().flatten());
                st.written += 1;
            }
            let flush =
                ready.is_empty() && unflushed && self.stream.is_some() && st.taken == st.written;
            if ready.is_empty() && !flush {
                st.writing = false;
                return;
            }
            if st.waiting > 0 {
                self.room.notify_all();
            }
            drop(st);
            let mut res = Ok(());
            {
                let mut guard = lock(&self.sink);
                let sink = guard
                    .as_mut()
                    .expect("the sink is taken only after the workers end");
                for r in ready.drain(..) {
                    if res.is_ok() {
                        res = sink.put(r);
                        unflushed = true;
                    }
                }
                if flush && res.is_ok() {
                    res = sink.caught_up();
                    unflushed = false;
                }
            }
            st = lock(&self.state);
            if let Err(e) = res {
                st.stopped = true;
                st.error = Some(e);
                st.writing = false;
                st.pending.clear();
                self.room.notify_all();
                self.end.notify_all();
                return;
            }
        }
    }

    fn work<W: Fn(&I) -> R>(&self, work: &W) {
        let mut ready = Vec::new();
        while let Some((i, input)) = self.take() {
            let r = work(&input);
            drop(input);
            self.put(i, r, &mut ready);
        }
        let mut st = lock(&self.state);
        st.ended += 1;
        if st.ended == self.workers {
            self.end.notify_all();
        }
    }
}

/// Runs `work` over the inputs on every thread of `pool` and gives the
/// results to `sink` in input order; returns the sink once every input is
/// written.
///
/// When the sink fails (a closed pipe), the workers stop at their next input
/// and the error is returned without waiting for them: one may be blocked on
/// a stream that never ends.
pub fn run<I, R, W, S>(
    pool: &rayon::ThreadPool,
    supply: Supply<I>,
    window: usize,
    work: W,
    sink: S,
) -> io::Result<S>
where
    I: Send + 'static,
    R: Send + 'static,
    W: Fn(&I) -> R + Send + Sync + 'static,
    S: Sink<R>,
{
    let (list, stream) = match supply {
        Supply::List(v) => (v, None),
        Supply::Stream(rx) => (Vec::new(), Some(Mutex::new(rx))),
    };
    let workers = pool.current_num_threads().max(1);
    let shared = Arc::new(Shared {
        state: Mutex::new(State {
            list: list.into_iter(),
            taken: 0,
            written: 0,
            pending: VecDeque::new(),
            writing: false,
            waiting: 0,
            ended: 0,
            stopped: false,
            error: None,
        }),
        room: Condvar::new(),
        end: Condvar::new(),
        stream,
        sink: Mutex::new(Some(sink)),
        window: window.max(1),
        workers,
    });
    {
        let shared = shared.clone();
        pool.spawn_broadcast(move |_| shared.work(&work));
    }
    let mut st = lock(&shared.state);
    while st.ended < workers && !st.stopped {
        st = shared.end.wait(st).unwrap_or_else(|e| e.into_inner());
    }
    if let Some(e) = st.error.take() {
        return Err(e);
    }
    drop(st);
    let sink = lock(&shared.sink).take();
    Ok(sink.expect("every worker has ended"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    struct Collect {
        got: Vec<usize>,
        flushes: usize,
        fail_at: Option<usize>,
    }

    impl Sink<usize> for Collect {
        fn put(&mut self, r: usize) -> io::Result<()> {
            if self.fail_at == Some(r) {
                return Err(io::Error::new(io::ErrorKind::BrokenPipe, "closed"));
            }
            self.got.push(r);
            Ok(())
        }
        fn caught_up(&mut self) -> io::Result<()> {
            self.flushes += 1;
            Ok(())
        }
    }

    fn sink() -> Collect {
        Collect {
            got: Vec::new(),
            flushes: 0,
            fail_at: None,
        }
    }

    fn pool(n: usize) -> rayon::ThreadPool {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .unwrap()
    }

    #[test]
    fn results_come_in_input_order_whatever_the_timing() {
        for threads in [1, 2, 3, 8] {
            let inputs: Vec<usize> = (0..500).collect();
            // Uneven work: some inputs take much longer than their neighbours.
            let out = run(
                &pool(threads),
                Supply::List(inputs),
                16,
                |&i: &usize| {
                    if i % 37 == 0 {
                        std::thread::sleep(Duration::from_millis(2));
                    }
                    i * 2
                },
                sink(),
            )
            .unwrap();
            assert_eq!(
                out.got,
                (0..500).map(|i| i * 2).collect::<Vec<_>>(),
                "{threads} threads"
            );
            assert_eq!(out.flushes, 0, "a list is never flushed midway");
        }
    }

    #[test]
    fn no_input_is_taken_more_than_a_window_ahead() {
        let window = 8;
        let head_done = Arc::new(AtomicUsize::new(0));
        let max_ahead = Arc::new(AtomicUsize::new(0));
        let (h, m) = (head_done.clone(), max_ahead.clone());
        let out = run(
            &pool(4),
            Supply::List((0..200).collect()),
            window,
            move |&i: &usize| {
                if i == 0 {
                    // The head of the line is slow: the others must wait, not run ahead.
                    std::thread::sleep(Duration::from_millis(50));
                    h.store(1, Ordering::SeqCst);
                } else if h.load(Ordering::SeqCst) == 0 {
                    m.fetch_max(i, Ordering::SeqCst);
                }
                i
            },
            sink(),
        )
        .unwrap();
        assert_eq!(out.got.len(), 200);
        assert!(max_ahead.load(Ordering::SeqCst) < window, "{max_ahead:?}");
    }

    #[test]
    fn a_failing_sink_stops_the_workers() {
        let done = Arc::new(AtomicUsize::new(0));
        let d = done.clone();
        let mut s = sink();
        s.fail_at = Some(10);
        let err = run(
            &pool(2),
            Supply::List((0..100_000).collect()),
            32,
            move |&i: &usize| {
                d.fetch_add(1, Ordering::SeqCst);
                i
            },
            s,
        )
        .map(|_| ())
        .unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::BrokenPipe);
        std::thread::sleep(Duration::from_millis(50));
        assert!(
            done.load(Ordering::SeqCst) < 1000,
            "workers went on after the error"
        );
    }

    #[test]
    fn a_stream_is_flushed_whenever_it_is_caught_up() {
        let (tx, rx) = mpsc::sync_channel(4);
        let feeder = std::thread::spawn(move || {
            for i in 0..5 {
                tx.send(i).unwrap();
                // The input stalls after each record.
                std::thread::sleep(Duration::from_millis(30));
            }
        });
        let out = run(&pool(2), Supply::Stream(rx), 16, |&i: &usize| i, sink()).unwrap();
        feeder.join().unwrap();
        assert_eq!(out.got, vec![0, 1, 2, 3, 4]);
        assert_eq!(out.flushes, 5, "one flush per stalled record");
    }
}
