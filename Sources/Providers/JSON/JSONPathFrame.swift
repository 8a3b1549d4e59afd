/// One open container on a ``JSONReader``'s path: which object key or array
/// index is being read. Keys are kept as byte ranges into the input, so
/// tracking the path costs no allocation.
struct JSONPathFrame {
    /// Whether the container is an object (otherwise an array).
    var isObject: Bool
    /// The current element index of an array; -1 before the first element.
    var index: Int
    /// The start of the current key's raw text in the input; -1 when no key is current.
    var keyStart: Int
    /// The end of the current key's raw text in the input.
    var keyEnd: Int

    /// A frame for a container that has just been opened.
    init(isObject: Bool) {
        self.isObject = isObject
        self.index = -1
        self.keyStart = -1
        self.keyEnd = -1
    }
}
