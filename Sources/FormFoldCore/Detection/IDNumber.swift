/// The PRC resident identity number (公民身份号码, GB 11643): 17 digits and an ISO 7064 MOD 11-2 check character.
public enum IDNumber {
    private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    private static let checkCharacters: [UInt8] = Array("10X98765432".utf8)

    /// The check character (`0`–`9` or `X`) for the first 17 digits, nil when they are not 17 digits.
    public static func checkCharacter(for first17: some Collection<UInt8>) -> UInt8? {
        guard first17.count == 17 else { return nil }
        var sum = 0
        for (i, u) in first17.enumerated() {
            guard u >= 48, u <= 57 else { return nil }
            sum += Int(u - 48) * weights[i]
        }
        return checkCharacters[sum % 11]
    }

    /// True for an 18-character ID number whose check character is right (a lower-case `x` is accepted).
    public static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 18, let check = checkCharacter(for: bytes[0..<17]) else { return false }
        let last = bytes[17] == UInt8(ascii: "x") ? UInt8(ascii: "X") : bytes[17]
        return last == check
    }
}
