fn main() {
    println!("{}", model::Greeting::to("example").0);
}
