/// A greeting for one person.
#[derive(Debug, PartialEq, Eq)]
pub struct Greeting(pub String);

impl Greeting {
    pub fn to(name: &str) -> Self {
        Greeting(format!("hello, {name}!"))
    }
}
